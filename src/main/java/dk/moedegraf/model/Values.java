package dk.moedegraf.model;

import java.util.function.Function;

import org.neo4j.driver.Value;

/** Reading optional values out of rows. */
final class Values {

	private Values() {
	}

	/** Null for a Cypher null (or a missing key), else the mapped value: optional nodes in rows. */
	static <V> V optional(Value value, Function<Value, V> mapper) {
		return value == null || value.isNull() ? null : mapper.apply(value);
	}
}
