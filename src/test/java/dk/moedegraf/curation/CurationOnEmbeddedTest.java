package dk.moedegraf.curation;

import org.springframework.test.context.TestPropertySource;

/**
 * A context (and database) of its own: every write here goes through the logged paths, so the change feed
 * can be replayed against the whole graph; other test classes clean up with plain Cypher.
 */
@TestPropertySource(properties = "moedegraf.test.database=curation")
class CurationOnEmbeddedTest extends CurationTests {
}
