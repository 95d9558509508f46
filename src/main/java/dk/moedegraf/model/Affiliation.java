package dk.moedegraf.model;

import org.neo4j.driver.Value;

public record Affiliation(Person person, Organisation organisation, String title) {

	/** Reads {@code {person, organisation, title}}. */
	public static Affiliation from(Value v) {
		return new Affiliation(Person.from(v.get("person")), Organisation.from(v.get("organisation")),
				v.get("title").asString(null));
	}
}
