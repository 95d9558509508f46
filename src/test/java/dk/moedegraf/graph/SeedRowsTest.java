package dk.moedegraf.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** A seed statement sent with its rows as a parameter means what it means written out. */
class SeedRowsTest extends GraphTest {

	@Autowired
	Driver driver;

	@Test
	void the_rows_of_a_leading_literal_become_the_rows_parameter() {
		var sent = SeedRows.of("UNWIND [\n  {id: 'forum:x', props: {name: 'Rådet', aliases: ['A', \"B\"], n: 2, share: 0.5},"
				+ " from: date('2021-08-17'), at: datetime('2021-08-17T08:00:00+02:00'), gone: null, on: true}, // a comment\n"
				+ "  {id: 'forum:y', props: {}, list: []}\n] AS row\nMERGE (n:Forum {id: row.id})");
		assertThat(sent.text()).isEqualTo("UNWIND $rows AS row\nMERGE (n:Forum {id: row.id})");
		var first = new HashMap<String, Object>();
		first.put("id", "forum:x");
		first.put("props", Map.of("name", "Rådet", "aliases", List.of("A", "B"), "n", 2L, "share", 0.5));
		first.put("from", LocalDate.of(2021, 8, 17));
		first.put("at", OffsetDateTime.parse("2021-08-17T08:00:00+02:00"));
		first.put("gone", null);
		first.put("on", true);
		assertThat(sent.parameters()).isEqualTo(Map.of("rows", List.of(first,
				Map.of("id", "forum:y", "props", Map.of(), "list", List.of()))));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// not a leading literal list
			"MERGE (d:Document {id: 'document:1'}) SET d.date = date('2026-02-13')",
			"UNWIND $ids AS id MATCH (n {id: id}) RETURN n",
			// a value this reader does not know: a function other than date/datetime, an expression, a variable
			"UNWIND [{at: localdatetime('2021-08-17T08:00')}] AS row RETURN row",
			"UNWIND [{n: 1 + 2}] AS row RETURN row",
			"UNWIND [{n: x}] AS row RETURN row",
			// unfinished
			"UNWIND [{id: 'a'} AS row RETURN row" })
	void a_statement_it_cannot_read_is_sent_as_written(String statement) {
		assertThat(SeedRows.of(statement)).isEqualTo(new SeedRows.Statement(statement, Map.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"UNWIND [{id: 'forum:x', props: {name: 'Rådet', aliases: ['A', \"B's\"], n: -2, share: 0.5, big: 1.5e3}}] AS row RETURN row",
			"UNWIND [{from: date('2021-08-17'), at: datetime('2021-08-17T08:00:00+02:00'), gone: null, on: TRUE, off: false}] AS row RETURN row",
			"UNWIND [{text: 'a \\'quoted\\' word\\nand a line', `odd key`: 'x', u: '\\u00e6'}] AS row RETURN row",
			"UNWIND [[1, [2, 3]], [], [{a: []}]] AS row RETURN row" })
	void neo4j_reads_the_same_rows_from_the_parameter_as_from_the_literal(String statement) {
		var sent = SeedRows.parameterised(statement).orElseThrow();
		try (var session = driver.session()) {
			List<Value> written = session.run(statement).list(r -> r.get("row"));
			List<Value> asParameter = session.run(sent.text(), sent.parameters()).list(r -> r.get("row"));
			assertThat(asParameter).as(Arrays.toString(written.toArray())).isEqualTo(written);
		}
	}
}
