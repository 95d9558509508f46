package dk.moedegraf.meeting;

import java.util.List;

import dk.moedegraf.document.SourceRef;
import dk.moedegraf.node.Batch;
import dk.moedegraf.node.NodeKind;
import dk.moedegraf.organisation.Organisation;
import dk.moedegraf.person.Person;
import org.neo4j.driver.Value;

public record Attendance(Person person, Meeting meeting, AttendanceStatus status, String role,
		Organisation representing, Person substituteFor, List<Integer> agendaItems, List<SourceRef> sources, String office) {

	public enum AttendanceStatus { PRESENT, ABSENT, GUEST }

	/** The row projection of {@code (p)-[r:PARTICIPATED_IN]->(m)} that {@link #from(Value)} reads. */
	public static final String ROW = "{person: " + NodeKind.PERSON.project("p") + ", meeting: " + NodeKind.MEETING.project("m") + ", status: r.status, role: r.role, office: r.office, agendaItems: r.agendaItems, "
			+ "representing: head(COLLECT { MATCH (o:Organisation {id: r.onBehalfOf}) RETURN " + NodeKind.ORGANISATION.project("o") + " }), "
			+ "substituteFor: head(COLLECT { MATCH (s:Person {id: r.substituteFor}) RETURN " + NodeKind.PERSON.project("s") + " }), sources: " + SourceRef.ofRelationship("r") + "}";

	/** Present first, then guests, then those with afbud; by name within each. */
	public static final String ORDER = "CASE r.status WHEN 'PRESENT' THEN 0 WHEN 'GUEST' THEN 1 ELSE 2 END, p.name";

	public static Attendance from(Value v) {
		return new Attendance(Person.from(v.get("person")), Meeting.from(v.get("meeting")),
				AttendanceStatus.valueOf(v.get("status").asString()), v.get("role").asString(null),
				Batch.optional(v.get("representing"), Organisation::from),
				Batch.optional(v.get("substituteFor"), Person::from),
				v.get("agendaItems").isNull() ? List.of() : v.get("agendaItems").asList(Value::asInt),
				SourceRef.read(v.get("sources")), v.get("office").asString(null));
	}
}
