package dk.moedegraf.model;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

public record Membership(Person person, Forum forum, String role, Organisation representing, LocalDate from,
		LocalDate to, List<SourceRef> sources, String office) {

	public static Membership from(Value v) {
		return new Membership(Values.optional(v.get("person"), Person::from), Values.optional(v.get("forum"), Forum::from),
				v.get("role").asString(null), Values.optional(v.get("representing"), Organisation::from),
				Values.optional(v.get("from"), Value::asLocalDate), Values.optional(v.get("to"), Value::asLocalDate),
				SourceRef.read(v.get("sources")), v.get("office").asString(null));
	}

	/**
	 * A parent (person or forum), the date its memberships must be valid on, and whether the query selects
	 * their {@code sources}.
	 */
	public record Key(String id, LocalDate at, boolean withSources) {

		public String key() {
			return id + "|" + at;
		}
	}
}
