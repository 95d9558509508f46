package dk.moedegraf.forum;

import java.time.LocalDate;
import java.util.List;

import dk.moedegraf.document.SourceRef;
import dk.moedegraf.node.Batch;
import dk.moedegraf.node.NodeKind;
import dk.moedegraf.organisation.Organisation;
import dk.moedegraf.person.Person;
import org.neo4j.driver.Value;

public record Membership(Person person, Forum forum, String role, Organisation representing, LocalDate from,
		LocalDate to, List<SourceRef> sources, String office) {

	/** The row projection of {@code (p)-[r:MEMBER_OF]->(f)} that {@link #from(Value)} reads. */
	static final String ROW = "{person: " + NodeKind.PERSON.project("p") + ", forum: " + NodeKind.FORUM.project("f") + ", role: r.role, office: r.office, from: r.from, to: r.to, "
			+ "representing: head(COLLECT { MATCH (o:Organisation {id: r.onBehalfOf}) RETURN " + NodeKind.ORGANISATION.project("o") + " }), sources: "
			+ SourceRef.ofRelationship("r") + "}";

	/** {@link #ROW} without the sources (an empty list): looking up their documents is half the statement's work. */
	static final String ROW_WITHOUT_SOURCES = "{person: " + NodeKind.PERSON.project("p") + ", forum: " + NodeKind.FORUM.project("f") + ", role: r.role, office: r.office, from: r.from, to: r.to, "
			+ "representing: head(COLLECT { MATCH (o:Organisation {id: r.onBehalfOf}) RETURN o })}";

	/** Valid on {@code k.at}, when given: an unstated bound does not exclude. */
	static final String VALID_AT = "(k.at IS NULL OR ((r.from IS NULL OR r.from <= k.at) AND (r.to IS NULL OR r.to >= k.at)))";

	static Membership from(Value v) {
		return new Membership(Person.from(v.get("person")), Forum.from(v.get("forum")),
				v.get("role").asString(null), Batch.optional(v.get("representing"), Organisation::from),
				Batch.optional(v.get("from"), Value::asLocalDate), Batch.optional(v.get("to"), Value::asLocalDate),
				SourceRef.read(v.get("sources")), v.get("office").asString(null));
	}

	/**
	 * A parent (person or forum), the date its memberships must be valid on, and whether the query selects
	 * their {@code sources}.
	 */
	public record Key(String id, LocalDate at, boolean withSources) {

		String key() {
			return id + "|" + at;
		}
	}
}
