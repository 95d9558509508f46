package dk.moedegraf.generate;

import org.springframework.test.context.TestPropertySource;

/** The Bolt writer, as {@code generate} uses it for an external Neo4j (here the embedded one, reached over Bolt). */
@TestPropertySource(properties = "moedegraf.test.writer=bolt") // a context (and database) of its own
class GeneratedDenmarkOverBoltTest extends GeneratedDenmarkTests {

	@Override
	boolean viaBolt() {
		return true;
	}
}
