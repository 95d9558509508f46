package dk.moedegraf.model;

import org.neo4j.driver.Value;

/** An organisation's part in a forum or an initiative. */
public record Participation(Organisation organisation, Forum forum, Initiative initiative, String role) {

	/** Reads {@code {organisation, forum?, initiative?, role}}. */
	public static Participation from(Value v) {
		return new Participation(Values.optional(v.get("organisation"), Organisation::from),
				Values.optional(v.get("forum"), Forum::from),
				Values.optional(v.get("initiative"), Initiative::from), v.get("role").asString(null));
	}
}
