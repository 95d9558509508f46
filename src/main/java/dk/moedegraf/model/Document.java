package dk.moedegraf.model;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.types.MapAccessor;

public record Document(String id, String title, LocalDate date, List<String> caseNumbers, String kind, String source) {

	public Document(String id, String title, LocalDate date, List<String> caseNumbers) {
		this(id, title, date, caseNumbers, null, null);
	}

	public static Document from(MapAccessor n) {
		return new Document(n.get("id").asString(null), n.get("title").asString(null),
				n.get("date").isNull() ? null : n.get("date").asLocalDate(),
				n.get("caseNumbers").asList(v -> v.asString(), List.of()), n.get("kind").asString(null),
				n.get("source").asString(null));
	}
}
