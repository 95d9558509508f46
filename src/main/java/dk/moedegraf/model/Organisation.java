package dk.moedegraf.model;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

public record Organisation(String id, String name, List<String> aliases) {

	public static Organisation from(MapAccessor n) {
		return new Organisation(n.get("id").asString(null), n.get("name").asString(null),
				n.get("aliases").asList(v -> v.asString(), List.of()));
	}
}
