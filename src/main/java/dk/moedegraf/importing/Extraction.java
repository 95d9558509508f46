package dk.moedegraf.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the parser read from one document, before anything is matched against the graph. Entities
 * refer to each other by their name as written (a person's display name, a forum's name); the
 * resolver turns those into graph ids. Every fact carries the 1-based line span it was read from.
 */
record Extraction(
		DocumentInfo document,
		List<MeetingX> meetings,
		List<PersonX> people,
		List<OrgX> organisations,
		List<ForumX> forums,
		List<InitiativeX> initiatives,
		List<Attendance> attendance,
		List<Membership> memberships,
		List<Affiliation> affiliations,
		List<Participation> participations,
		List<String> warnings) {

	record Span(int from, int to) {
		@Override
		public String toString() {
			return from + "-" + to;
		}
	}

	record DocumentInfo(String kind, String title, LocalDate date, List<String> caseNumbers, List<String> caseHandlers) {
	}

	/** A meeting; {@code forums} holds forum names, the primary one first. */
	record MeetingX(String key, String title, List<String> forums, LocalDate date, LocalTime start, LocalTime end,
			String location, List<AgendaItemX> items, Span span) {
	}

	record AgendaItemX(Integer number, String title, String decision, int order, List<String> initiatives, Span span) {
	}

	/** A person as written; {@code aliases} are the other forms the document uses, {@code initials} those it uses for them. */
	record PersonX(String name, List<String> aliases, List<String> initials, Span span) {
	}

	record OrgX(String name, String kind, List<String> aliases, Span span) {
	}

	record ForumX(String name, String kind, List<String> aliases, String partOf, Span span) {
	}

	record InitiativeX(String name, String kind, String code, List<String> aliases, Span span) {
	}

	enum Status {
		PRESENT, ABSENT, GUEST
	}

	/** {@code role} is the role word the minutes give (formand, suppleant); {@code title} the position, when given. */
	record Attendance(String person, String meetingKey, Status status, String role, String title, String onBehalfOf,
			String substituteFor, List<Integer> agendaItems, Span span) {
	}

	record Membership(String person, String forum, String role, String title, String onBehalfOf, Span span) {
	}

	record Affiliation(String person, String organisation, String title, Span span) {
	}

	/** An organisation's part in a forum ({@code forum} set) or an initiative ({@code initiative} set). */
	record Participation(String organisation, String forum, String initiative, String role, Span span) {
	}

	/** This reading with other people (their aliases, say). */
	Extraction withPeople(List<PersonX> others) {
		return new Extraction(document, meetings, others, organisations, forums, initiatives, attendance, memberships, affiliations,
				participations, warnings);
	}

	/** This reading with one more warning. */
	Extraction withWarning(String warning) {
		List<String> all = new java.util.ArrayList<>(warnings);
		all.add(warning);
		return new Extraction(document, meetings, people, organisations, forums, initiatives, attendance, memberships, affiliations,
				participations, all);
	}

	/** Nothing read from the document titled so, but a warning. */
	static Extraction nothing(String title, String warning) {
		return new Extraction(new DocumentInfo(null, title, null, List.of(), List.of()), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(warning));
	}

	boolean isEmpty() {
		return meetings.isEmpty() && people.isEmpty() && forums.isEmpty() && initiatives.isEmpty()
				&& organisations.isEmpty();
	}
}
