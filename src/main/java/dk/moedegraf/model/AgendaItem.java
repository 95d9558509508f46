package dk.moedegraf.model;

import java.util.List;

import org.neo4j.driver.Value;

public record AgendaItem(Integer number, String title, String decision, List<Initiative> initiatives) {

	public static AgendaItem from(Value v) {
		return new AgendaItem(v.get("number").isNull() ? null : v.get("number").asInt(), v.get("title").asString(),
				v.get("decision").asString(null), v.get("initiatives").asList(i -> Initiative.from(i)));
	}
}
