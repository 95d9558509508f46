package dk.moedegraf.model;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

public record Person(String id, String name, List<String> aliases) {

	public static Person from(MapAccessor n) {
		return new Person(n.get("id").asString(null), n.get("name").asString(null),
				n.get("aliases").asList(v -> v.asString(), List.of()));
	}
}
