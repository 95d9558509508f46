package dk.moedegraf.importing;

import java.util.List;

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

	/** Per entity: matched to an existing node or created, and why. */
	public record ResolutionDecision(String kind, String name, String id, boolean matched, String reason) {
	}
}
