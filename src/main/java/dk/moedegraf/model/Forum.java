package dk.moedegraf.model;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

public record Forum(String id, String name, List<String> aliases) {

	public static Forum from(MapAccessor n) {
		return new Forum(n.get("id").asString(null), n.get("name").asString(null),
				n.get("aliases").asList(v -> v.asString(), List.of()));
	}
}
