package dk.moedegraf.model;

import java.util.List;

import org.neo4j.driver.Value;

public record Attendance(Person person, Meeting meeting, AttendanceStatus status, String role,
		Organisation representing, Person substituteFor, List<Integer> agendaItems, List<SourceRef> sources, String office) {

	public enum AttendanceStatus { PRESENT, ABSENT, GUEST }

	public static Attendance from(Value v) {
		return new Attendance(Values.optional(v.get("person"), Person::from), Values.optional(v.get("meeting"), Meeting::from),
				AttendanceStatus.valueOf(v.get("status").asString()), v.get("role").asString(null),
				Values.optional(v.get("representing"), Organisation::from),
				Values.optional(v.get("substituteFor"), Person::from),
				v.get("agendaItems").isNull() ? List.of() : v.get("agendaItems").asList(Value::asInt),
				SourceRef.read(v.get("sources")), v.get("office").asString(null));
	}
}
