package dk.moedegraf.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the layouts of Danish minutes (not the layout of any one file) from plain text as PDF-to-text or OCR
 * leaves it. Pure Java, no I/O: text in, {@link Extraction} out. Two columns side by side are first read one after
 * the other ({@link Columns}, whose line map every span is mapped back through), and the text is repaired
 * ({@link Reflow}). Then a pipeline of steps, each one family of
 * conventions in its own class, run in the order below over one {@link Draft}; then the attendance rules of
 * {@link AttendancePipeline} complement what the layouts gave, {@link ForumNames} takes the headings' words out
 * of forums' names and {@link ForumHosts} reads whose forum it is. A job title or an organisation is never read as a
 * person ({@link Names#titledName}, {@link Names#looksLikeOrganisation}).
 */
final class MinutesParser {

	private MinutesParser() {
	}

	/** The start of the warning that says the attendance rules failed and only the layouts' reading is kept. */
	static final String RULES_FAILED = "the attendance rules failed on this text";

	private static final Logger LOG = LoggerFactory.getLogger(MinutesParser.class);

	static Extraction parse(String text, String title) {
		Columns.Split columns = Columns.split(Lines.repairEncoding(text));
		return withNamesAsWritten(Columns.remap(parseLines(columns.text(), title), columns), Reflow.onesReadAsL(text));
	}

	/** "Allan Kjeldsen" read from "A1lan Kjeldsen": the name as the scan wrote it is the person's alias, so it is found by it too. */
	private static Extraction withNamesAsWritten(Extraction x, Map<String, String> written) {
		if (written.isEmpty()) {
			return x;
		}
		return x.withPeople(x.people().stream().map(p -> {
			String asWritten = Arrays.stream(p.name().split(" ")).map(w -> written.getOrDefault(w, w)).collect(Collectors.joining(" "));
			if (asWritten.equals(p.name()) || p.aliases().contains(asWritten)) {
				return p;
			}
			List<String> aliases = new ArrayList<>(p.aliases());
			aliases.add(asWritten);
			return new Extraction.PersonX(p.name(), aliases, p.initials(), p.span());
		}).toList());
	}

	/** The start of the warning that says the layout steps failed and only the attendance rules' reading is kept. */
	static final String LAYOUTS_FAILED = "the layout steps failed on this text";

	private static Extraction parseLines(String text, String title) {
		String repaired = InitialsInLists.expand(Reflow.repairCharacters(text));
		Extraction layouts;
		try {
			layouts = layouts(repaired, title);
		}
		catch (RuntimeException e) {
			// as for the rules below: the document keeps what the other half reads
			LOG.warn("Layout steps failed on '{}'; importing the attendance rules' reading only", title, e);
			layouts = Extraction.nothing(title, LAYOUTS_FAILED + " (" + e + "); only the attendance rules' reading was kept");
		}
		Extraction read;
		try {
			read = AttendancePipeline.complement(layouts, repaired);
		}
		catch (RuntimeException e) {
			// a defect in one of many heuristic rules must not cost the user the whole document: keep what the layouts
			// read, say so in the report, and log it so that the defect gets fixed
			LOG.warn("Attendance rules failed on '{}'; importing the layouts' reading only", title, e);
			read = layouts.withWarning(RULES_FAILED + " (" + e + "); only what the document's layout gave was read");
		}
		return ForumHosts.apply(ForumNames.apply(read), repaired);
	}

	/** The layout steps alone, without the attendance rules. */
	static Extraction layouts(String text, String title) {
		Draft r = new Draft(new Lines(text), title);
		new DocumentHeader(r).documentInfo();
		new MeetingFrames(r).meetings();
		LayoutAttendance attendance = new LayoutAttendance(r);
		Agenda agenda = new Agenda(r);
		for (MeetingDraft m : r.meetings) {
			attendance.attendance(m);
			agenda.agenda(m);
		}
		if (r.date == null && !r.meetings.isEmpty()) {
			r.date = r.meetings.get(0).date;
		}
		if (r.kind == null && !r.meetings.isEmpty()) {
			// an agenda with items and no heading word is a dagsorden, however many decisions it carries
			r.kind = r.meetings.stream().anyMatch(m -> !m.items.isEmpty()) ? "dagsorden" : null;
		}
		OrganisationGroups groups = new OrganisationGroups(r);
		groups.orgGroups();
		groups.memberLists();
		ForumMentions mentions = new ForumMentions(r);
		mentions.representativeSentences();
		mentions.emailHeaders();
		mentions.partnerships();
		mentions.collaborations();
		mentions.namedForums();
		mentions.medHosts();
		mentions.forumPages();
		new Initiatives(r).initiatives();
		new Initials(r).initials();
		return r.finish();
	}

	/** "A, B og C" / "A; B; C" / "A og B" -> [A, B, C]. */
	static List<String> splitList(String s) {
		List<String> out = new ArrayList<>();
		for (String part : s.split("\\s*[;,]\\s*|\\s+og\\s+|\\s+samt\\s+")) {
			String p = part.strip().replaceFirst("[.]$", "").strip();
			if (!p.isEmpty()) {
				out.add(p);
			}
		}
		return out;
	}

	/** "Ole Lund (A)" -> "Ole Lund": parentheticals out, an unclosed one to the end. */
	static String cutParenthetical(String s) {
		return s.replaceAll("\\([^)]*\\)?", "").strip();
	}

}
