package dk.moedegraf.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.neo4j.driver.types.MapAccessor;

public record Meeting(String id, String title, LocalDate date, OffsetDateTime startsAt, OffsetDateTime endsAt,
		String location) {

	public static Meeting from(MapAccessor n) {
		return new Meeting(n.get("id").asString(null), n.get("title").asString(null),
				n.get("date").isNull() ? null : n.get("date").asLocalDate(),
				n.get("startsAt").isNull() ? null : n.get("startsAt").asOffsetDateTime(),
				n.get("endsAt").isNull() ? null : n.get("endsAt").asOffsetDateTime(),
				n.get("location").asString(null));
	}
}
