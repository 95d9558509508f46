package dk.moedegraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import dk.moedegraf.curation.ImportGuard;

import dk.moedegraf.model.Document;
import dk.moedegraf.model.Forum;
import dk.moedegraf.model.Initiative;
import dk.moedegraf.model.Meeting;
import dk.moedegraf.model.Organisation;
import dk.moedegraf.model.Person;

/**
 * What an import did (or, with dryRun, would do). Built from the extraction and the resolver's
 * decisions, not read back, so a rolled-back dry run reports the same as a real one.
 * {@code created} counts nodes and relationships created; {@code matched} counts entities and facts
 * the graph already held.
 */
public record ImportReport(Document document, boolean dryRun, List<Meeting> meetings, List<Forum> forums,
		List<Person> people, List<Organisation> organisations, List<Initiative> initiatives, int created, int matched,
		List<String> warnings, List<ResolutionDecision> decisions) {

	/**
	 * The report less what the import guard took out again (entities and facts an editor retracted): its
	 * lists leave them out, {@code created} counts only what stayed, and a warning names them.
	 */
	ImportReport without(ImportGuard.KeptOut kept) {
		if (kept.subjects().isEmpty()) {
			return this;
		}
		Predicate<String> stays = id -> !kept.subjects().contains(id);
		List<String> notes = new ArrayList<>(warnings);
		notes.add("retracted by an editor, so not imported again: " + String.join(", ", new TreeSet<>(kept.subjects())));
		return new ImportReport(document, dryRun, meetings.stream().filter(m -> stays.test(m.id())).toList(),
				forums.stream().filter(f -> stays.test(f.id())).toList(), people.stream().filter(p -> stays.test(p.id())).toList(),
				organisations.stream().filter(o -> stays.test(o.id())).toList(),
				initiatives.stream().filter(i -> stays.test(i.id())).toList(), created - kept.removed(), matched,
				List.copyOf(notes), decisions.stream().filter(d -> stays.test(d.id())).toList());
	}

	/** Per entity: matched to an existing node or created, and why. */
	public record ResolutionDecision(String kind, String name, String id, boolean matched, String reason) {
	}
}
