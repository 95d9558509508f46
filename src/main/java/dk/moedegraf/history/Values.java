package dk.moedegraf.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graph values as JSON text for the edit log, and back. JSON has no dates, so temporal values are tagged
 * ({@code {"$date": "2026-04-24"}}): a restored or replayed value must be a Neo4j Date again, or the
 * read path's date comparisons would silently skip it. Maps are written with sorted keys, so two equal
 * states have equal text and the log can compare states as strings.
 */
public final class Values {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Values() {
	}

	/** A driver value as plain Java with tagged temporals (maps sorted by key). */
	static Object plain(Value v) {
		if (v == null || v.isNull()) {
			return null;
		}
		Object o = v.asObject();
		return plain(o);
	}

	private static Object plain(Object o) {
		if (o instanceof LocalDate d) {
			return Map.of("$date", d.toString());
		}
		if (o instanceof ZonedDateTime z) {
			return Map.of("$datetime", z.toOffsetDateTime().toString());
		}
		if (o instanceof OffsetDateTime z) {
			return Map.of("$datetime", z.toString());
		}
		if (o instanceof LocalDateTime t) {
			return Map.of("$localdatetime", t.toString());
		}
		if (o instanceof Integer i) {
			return i.longValue();
		}
		if (o instanceof List<?> l) {
			List<Object> out = new ArrayList<>(l.size());
			l.forEach(x -> out.add(plain(x)));
			return out;
		}
		if (o instanceof Map<?, ?> m) {
			Map<String, Object> out = new TreeMap<>();
			m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
			return out;
		}
		return o;
	}

	public static String json(Object plain) {
		return plain == null ? null : JSON.writeValueAsString(plain);
	}

	/** JSON text back to values a Cypher parameter carries: dates as dates, whole numbers as longs. */
	public static Object parse(String json) {
		return json == null ? null : typed(JSON.readValue(json, Object.class));
	}

	private static Object typed(Object o) {
		if (o instanceof Map<?, ?> m) {
			if (m.size() == 1 && m.containsKey("$date")) {
				return LocalDate.parse((String) m.get("$date"));
			}
			if (m.size() == 1 && m.containsKey("$datetime")) {
				return OffsetDateTime.parse((String) m.get("$datetime"));
			}
			if (m.size() == 1 && m.containsKey("$localdatetime")) {
				return LocalDateTime.parse((String) m.get("$localdatetime"));
			}
			Map<String, Object> out = new LinkedHashMap<>();
			m.forEach((k, x) -> out.put(String.valueOf(k), typed(x)));
			return out;
		}
		if (o instanceof List<?> l) {
			List<Object> out = new ArrayList<>(l.size());
			l.forEach(x -> out.add(typed(x)));
			return out;
		}
		if (o instanceof Integer i) {
			return i.longValue();
		}
		return o;
	}
}
