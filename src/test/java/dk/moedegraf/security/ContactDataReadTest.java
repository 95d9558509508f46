package dk.moedegraf.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Excerpts and search snippets quote stored text: contact data in them is masked unless an editor asks. */
class ContactDataReadTest extends GraphTest {

	private static final String SOURCES = """
			{ node(id: "person:test-contact-anna") { ... on Person {
			    sources { excerpt }
			    memberships { sources { excerpt } } } } }""";

	@BeforeEach
	void aDocumentWithContactData() {
		neo4j.query("""
				CREATE (d:Document {id: 'document:test-contact', title: 'Kontaktprøve', caseNumbers: [],
				        text: 'Referat\\nAnna Kontaktsen (Xylo), anna.kontaktsen@example.dk, tlf. 12 34 56 78\\nKontaktudvalget'})
				CREATE (p:Person {id: 'person:test-contact-anna', name: 'Anna Kontaktsen', aliases: ['Anna Kontaktsen']})
				CREATE (f:Forum {id: 'forum:test-contact', name: 'Kontaktudvalget'})
				CREATE (p)-[:SOURCED_FROM {fromLine: 2, toLine: 2}]->(d)
				CREATE (p)-[:MEMBER_OF {sources: ['document:test-contact@2-3']}]->(f)""").run();
	}

	@AfterEach
	void remove() {
		neo4j.query("MATCH (n) WHERE n.id IN ['document:test-contact', 'person:test-contact-anna', 'forum:test-contact'] DETACH DELETE n").run();
	}

	@Test
	void anonymous_readers_and_keys_without_a_role_see_excerpts_masked() {
		for (HttpGraphQlTester reader : new HttpGraphQlTester[] { graphQl, graphQl.mutate().header(API_KEY, NO_ROLE_KEY).build() }) {
			var answer = reader.document(SOURCES).execute();
			answer.path("node.sources[0].excerpt").entity(String.class)
				.isEqualTo("Anna Kontaktsen (Xylo), a…@example.dk, tlf. •• •• •• 78");
			answer.path("node.memberships[0].sources[0].excerpt").entity(String.class)
				.isEqualTo("Anna Kontaktsen (Xylo), a…@example.dk, tlf. •• •• •• 78\nKontaktudvalget");
		}
	}

	@Test
	void editors_and_admins_see_excerpts_as_written() {
		for (HttpGraphQlTester reader : new HttpGraphQlTester[] { editor(), admin() }) {
			reader.document(SOURCES).execute()
				.path("node.memberships[0].sources[0].excerpt").entity(String.class)
				.isEqualTo("Anna Kontaktsen (Xylo), anna.kontaktsen@example.dk, tlf. 12 34 56 78\nKontaktudvalget");
		}
	}

	@Test
	void a_search_hit_in_document_text_quotes_the_line_masked_for_the_public() {
		String query = "{ search(text: \"Xylo\", kinds: [DOCUMENT]) { matched node { id } } }";
		graphQl.document(query).execute()
			.path("search[?(@.node.id == 'document:test-contact')].matched").entityList(String.class)
			.containsExactly("Anna Kontaktsen (Xylo), a…@example.dk, tlf. •• •• •• 78");
		editor().document(query).execute()
			.path("search[?(@.node.id == 'document:test-contact')].matched").entityList(String.class)
			.containsExactly("Anna Kontaktsen (Xylo), anna.kontaktsen@example.dk, tlf. 12 34 56 78");
	}
}
