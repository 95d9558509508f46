package dk.moedegraf.model;

import java.util.List;

import org.neo4j.driver.types.MapAccessor;

public record Initiative(String id, String name, List<String> aliases, String kind, String code) {

	public Initiative(String id, String name, List<String> aliases, String kind) {
		this(id, name, aliases, kind, null);
	}

	public static Initiative from(MapAccessor n) {
		return new Initiative(n.get("id").asString(null), n.get("name").asString(null),
				n.get("aliases").asList(v -> v.asString(), List.of()), n.get("kind").asString(null),
				n.get("code").asString(null));
	}
}
