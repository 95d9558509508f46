package dk.moedegraf.model;

import org.neo4j.driver.Value;

public record Affiliation(Person person, Organisation organisation, String title) {

	/** Reads {@code {person, organisation, title}}. */
	public static Affiliation from(Value v) {
		return new Affiliation(Values.optional(v.get("person"), Person::from), Values.optional(v.get("organisation"), Organisation::from),
				v.get("title").asString(null));
	}
}
