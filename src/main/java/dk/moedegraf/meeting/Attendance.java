package dk.moedegraf.meeting;

import java.util.List;

import dk.moedegraf.document.SourceRef;
import dk.moedegraf.node.Batch;
import dk.moedegraf.organisation.Organisation;
import dk.moedegraf.person.Person;
import org.neo4j.driver.Value;

public record Attendance(Person person, Meeting meeting, AttendanceStatus status, String role,
		Organisation representing, Person substituteFor, List<Integer> agendaItems, List<SourceRef> sources) {

	public enum AttendanceStatus { PRESENT, ABSENT, GUEST }

	/** The row projection of {@code (p)-[r:PARTICIPATED_IN]->(m)} that {@link #from(Value)} reads. */
	public static final String ROW = "{person: p, meeting: m, status: r.status, role: r.role, agendaItems: r.agendaItems, "
			+ "representing: head(COLLECT { MATCH (o:Organisation {id: r.onBehalfOf}) RETURN o }), "
			+ "substituteFor: head(COLLECT { MATCH (s:Person {id: r.substituteFor}) RETURN s }), sources: " + SourceRef.ofRelationship("r") + "}";

	/** Present first, then guests, then those with afbud; by name within each. */
	public static final String ORDER = "CASE r.status WHEN 'PRESENT' THEN 0 WHEN 'GUEST' THEN 1 ELSE 2 END, p.name";

	public static Attendance from(Value v) {
		return new Attendance(Person.from(v.get("person").asNode()), Meeting.from(v.get("meeting").asNode()),
				AttendanceStatus.valueOf(v.get("status").asString()), v.get("role").asString(null),
				Batch.optional(v.get("representing"), o -> Organisation.from(o.asNode())),
				Batch.optional(v.get("substituteFor"), s -> Person.from(s.asNode())),
				v.get("agendaItems").isNull() ? List.of() : v.get("agendaItems").asList(Value::asInt),
				SourceRef.read(v.get("sources")));
	}
}
