package dk.moedegraf.organisation;

import dk.moedegraf.forum.Forum;
import dk.moedegraf.initiative.Initiative;
import dk.moedegraf.node.Batch;
import org.neo4j.driver.Value;

/** An organisation's part in a forum or an initiative. */
public record Participation(Organisation organisation, Forum forum, Initiative initiative, String role) {

	/** Reads {@code {organisation, forum?, initiative?, role}}. */
	public static Participation from(Value v) {
		return new Participation(Organisation.from(v.get("organisation").asNode()),
				Batch.optional(v.get("forum"), f -> Forum.from(f.asNode())),
				Batch.optional(v.get("initiative"), i -> Initiative.from(i.asNode())), v.get("role").asString(null));
	}
}
