package dk.moedegraf.importing;

import dk.moedegraf.names.NameKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import dk.moedegraf.GraphTest;

/** The importer end to end: mutation, upload, command line, on a real Neo4j. Each test removes what it wrote. */
abstract class ImportingTests extends GraphTest {

	private static final String MUTATION = """
			mutation($input: ImportDocumentInput!) {
			  importDocument(input: $input) {
			    document { id title date caseNumbers }
			    dryRun created matched warnings
			    meetings { id title date startsAt location }
			    forums { id name } people { id name aliases } organisations { id name }
			    initiatives { id name kind }
			    decisions { kind name id matched reason }
			  }
			}""";

	@Autowired
	DocumentImporter importer;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@AfterEach
	void removeWhatTheTestsWrote() {
		// nodes read only from test documents, then the documents; seed nodes a test matched stay
		neo4j.query("""
				MATCH (d:Document) WHERE d.source STARTS WITH 'test-import'
				OPTIONAL MATCH (n)-[:SOURCED_FROM]->(d)
				WHERE NOT EXISTS { MATCH (n)-[:SOURCED_FROM]->(o:Document) WHERE NOT coalesce(o.source, '') STARTS WITH 'test-import' }
				DETACH DELETE n, d""").run();
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'person:test-imp-' DETACH DELETE n").run();
	}

	/** An import can take longer than the tester's 5 s default on a busy machine; it is not a read. */
	private Map<String, Object> input(String file, boolean dryRun) {
		return Map.of("title", file, "text", MinutesParserTest.resource(file), "source", "test-import/" + file, "dryRun",
				dryRun);
	}

	private long count(String cypher, Map<String, Object> params) {
		return neo4j.query(cypher).bindAll(params).fetchAs(Long.class).mappedBy((t, r) -> r.get(0).asLong()).one().orElseThrow();
	}

	private long graphSize() {
		// the graph, not the edit log kept beside it (dk.moedegraf.history.EditLog)
		return count("MATCH (n) WHERE NOT n:Edit AND NOT n:Change RETURN count(n) + COUNT { ()-[]->() }", Map.of());
	}

	@Test
	void imports_minutes_through_the_mutation_and_importing_them_again_creates_nothing() {
		var first = editor().document(MUTATION).variable("input", input("udvalg-beslutningsprotokol.txt", false)).execute();
		first.path("importDocument.dryRun").entity(Boolean.class).isEqualTo(false);
		first.path("importDocument.document.id").entity(String.class).satisfies(id -> assertThat(id).matches("document:[0-9a-f]{16}"));
		first.path("importDocument.document.caseNumbers").entityList(String.class).containsExactly("Sagsnr.: 17/44812");
		first.path("importDocument.meetings[0].date").entity(String.class).isEqualTo("2017-11-06");
		first.path("importDocument.meetings[0].startsAt").entity(String.class).isEqualTo("2017-11-06T11:30:00+01:00");
		first.path("importDocument.forums[0].name").entity(String.class).isEqualTo("Udvalget for Natur og Fritid");
		first.path("importDocument.people[*].name").entityList(String.class).contains("Birthe Kvist", "Kasper Strand");
		first.path("importDocument.created").entity(Integer.class).satisfies(c -> assertThat(c).isGreaterThan(20));
		// names read from minutes are searchable at once, OCR-tolerant like the seed's
		graphQl.document("{ search(text: \"Kasper Strand\", kinds: [PERSON]) { node { ... on Person { name } } } }").execute()
			.path("search[0].node.name").entity(String.class).isEqualTo("Kasper Strand");
		long size = graphSize();

		// the report's entities are the API's own types: their nested fields resolve from the graph
		editor().document("""
				mutation($input: ImportDocumentInput!) {
				  importDocument(input: $input) { meetings { forum { name } attendance { person { name } status } } }
				}""").variable("input", input("udvalg-beslutningsprotokol.txt", false)).execute()
			.path("importDocument.meetings[0].forum.name").entity(String.class).isEqualTo("Udvalget for Natur og Fritid")
			.path("importDocument.meetings[0].attendance[*].status").entityList(String.class).contains("PRESENT", "ABSENT", "GUEST");

		var again = editor().document(MUTATION).variable("input", input("udvalg-beslutningsprotokol.txt", false)).execute();
		again.path("importDocument.created").entity(Integer.class).isEqualTo(0);
		again.path("importDocument.matched").entity(Integer.class).satisfies(m -> assertThat(m).isGreaterThan(20));
		assertThat(graphSize()).isEqualTo(size);

		// the same minutes saved on Windows (CR LF) with å written as a and a ring above, as a Mac may: the same
		// document, nothing new
		String savedElsewhere = Normalizer.normalize(MinutesParserTest.resource("udvalg-beslutningsprotokol.txt"),
				Normalizer.Form.NFD).replace("\n", "\r\n");
		var elsewhere = editor().document(MUTATION)
			.variable("input", Map.of("title", "udvalg-beslutningsprotokol.txt", "text", savedElsewhere, "source",
					"test-import/elsewhere", "dryRun", false))
			.execute();
		elsewhere.path("importDocument.document.id").entity(String.class)
			.isEqualTo(first.path("importDocument.document.id").entity(String.class).get());
		elsewhere.path("importDocument.created").entity(Integer.class).isEqualTo(0);
		assertThat(graphSize()).isEqualTo(size);

		assertThat(count("""
				MATCH (p:Person {name: 'Jens Pallesen'})-[r:PARTICIPATED_IN {status: 'ABSENT'}]->(m:Meeting)-[:OF {primary: true}]->
				      (:Forum {name: 'Udvalget for Natur og Fritid'})
				RETURN count(r)""", Map.of())).isEqualTo(1);
		assertThat(count("""
				MATCH (:Person {name: 'Kasper Strand'})-[r:PARTICIPATED_IN {status: 'GUEST'}]->(:Meeting)
				WHERE r.agendaItems = [2] RETURN count(r)""", Map.of())).isEqualTo(1);
	}

	@Test
	void a_dry_run_reports_exact_counts_and_writes_nothing() {
		long size = graphSize();
		var dry = editor().document(MUTATION).variable("input", input("hmu-tabel.txt", true)).execute();
		dry.path("importDocument.dryRun").entity(Boolean.class).isEqualTo(true);
		int wouldCreate = dry.path("importDocument.created").entity(Integer.class).get();
		dry.path("importDocument.people").entityList(Object.class).hasSize(6);
		assertThat(graphSize()).isEqualTo(size);

		var real = editor().document(MUTATION).variable("input", input("hmu-tabel.txt", false)).execute();
		real.path("importDocument.created").entity(Integer.class).isEqualTo(wouldCreate);
		assertThat(graphSize()).isEqualTo(size + wouldCreate);
	}

	@Test
	void every_node_and_edge_read_records_the_document_and_its_lines_and_the_text_is_kept() {
		ImportReport r = importer.importDocument(new DocumentImporter.Request("HMU", MinutesParserTest.resource("hmu-tabel.txt"),
				"test-import/hmu", false));
		String doc = r.document().id();

		assertThat(count("MATCH (d:Document {id: $doc}) WHERE d.text STARTS WITH 'Referat' AND size(d.sha256) = 64 RETURN count(d)",
				Map.of("doc", doc))).isEqualTo(1);
		// every node at the end of an edge read from the document was itself recorded as read there
		assertThat(count("""
				MATCH (n)-[r]-() WHERE type(r) <> 'SOURCED_FROM' AND any(s IN r.sources WHERE s STARTS WITH $doc + '@')
				  AND NOT EXISTS { (n)-[:SOURCED_FROM]->(:Document {id: $doc}) }
				RETURN count(n)""", Map.of("doc", doc))).isZero();
		// and every edge between such nodes carries the document among its sources
		assertThat(count("""
				MATCH (a)-[:SOURCED_FROM]->(:Document {id: $doc}), (b)-[:SOURCED_FROM]->(:Document {id: $doc}), (a)-[r]->(b)
				WHERE NOT any(s IN coalesce(r.sources, []) WHERE s =~ ($doc + '@[0-9]+-[0-9]+'))
				RETURN count(r)""", Map.of("doc", doc))).isZero();
		assertThat(count("MATCH ()-[r]->() WHERE any(s IN r.sources WHERE s STARTS WITH $doc + '@') RETURN count(r)",
				Map.of("doc", doc))).isGreaterThan(20);
		assertThat(count("""
				MATCH (:Document {id: $doc})<-[s:SOURCED_FROM]-(:Person {name: 'Tove Grønbech'})
				WHERE s.fromLine = 16 AND s.toLine = 16 RETURN count(s)""", Map.of("doc", doc))).isEqualTo(1);
		assertThat(count("""
				MATCH (p:Person {name: 'Tove Grønbech'})-[r:PARTICIPATED_IN]->(:Meeting)
				MATCH (k:Person {id: r.substituteFor})
				WHERE k.name = 'Karla Dyhr' AND r.sources = [$doc + '@16-16'] RETURN count(r)""", Map.of("doc", doc)))
			.isEqualTo(1);
		assertThat(count("""
				MATCH (:Person {name: 'Mikkel Aas'})-[r:MEMBER_OF]->(:Forum {name: 'HMU'})
				MATCH (o:Organisation {id: r.onBehalfOf})
				WHERE o.name = 'FOA' AND r.role = 'Fællestillidsrepræsentant' AND r.office = 'næstformand'
				RETURN count(r)""", Map.of())).isEqualTo(1);
	}

	@Test
	void people_already_in_the_graph_are_matched_by_short_name_and_ocr_form_but_never_by_surname_alone() {
		// members of the forum the minutes name: a name's short or damaged form alone would not be enough
		neo4j.query("""
				CREATE (f:Forum {id: 'forum:test-imp-testbyen', name: 'Styregruppen for Testbyen'}),
				       (:Person {id: 'person:test-imp-ida', name: 'Ida Marie Vang', aliases: ['Ida Marie Vang']})-[:MEMBER_OF]->(f),
				       (:Person {id: 'person:test-imp-soren', name: 'Søren Kjærgaard', aliases: ['Søren Kjærgaard']})-[:MEMBER_OF]->(f)""").run();
		// written by other means than the importer: the documented one-off gives them their resolution keys
		assertThat(NameKeys.refresh(driver)).isGreaterThanOrEqualTo(2);
		String text = String.join("\n", "Referat", "", "Styregruppen for Testbyen", "Mødedato: 3. marts 2024", "",
				"Deltagere:", "Ida Vang", "Poul Vang", "Sgren Kjeergaard", "");
		ImportReport r = importer.importDocument(new DocumentImporter.Request("Test", text, "test-import/vang", false));

		assertThat(r.decisions()).filteredOn(d -> d.name().equals("Ida Vang")).singleElement().satisfies(d -> {
			assertThat(d.matched()).isTrue();
			assertThat(d.id()).isEqualTo("person:test-imp-ida");
			assertThat(d.reason()).contains("middle");
		});
		assertThat(r.decisions()).filteredOn(d -> d.name().equals("Sgren Kjeergaard")).singleElement().satisfies(d -> {
			assertThat(d.matched()).isTrue();
			assertThat(d.id()).isEqualTo("person:test-imp-soren");
		});
		assertThat(r.decisions()).filteredOn(d -> d.name().equals("Poul Vang")).singleElement().satisfies(d -> {
			assertThat(d.matched()).isFalse();
			assertThat(d.id()).isNotEqualTo("person:test-imp-ida");
		});
		assertThat(count("MATCH (p:Person {id: 'person:test-imp-ida'}) WHERE 'Ida Vang' IN p.aliases RETURN count(p)",
				Map.of())).isEqualTo(1);
		neo4j.query("MATCH (p:Person) WHERE p.name = 'Poul Vang' DETACH DELETE p").run();
	}

	@Test
	void a_name_alone_does_not_make_two_documents_speak_of_one_person() {
		String first = String.join("\n", "Referat", "", "Ældrerådet i Prøvestrup", "Mødedato: 3. marts 2024", "",
				"Deltagere:", "Jens Prøvesen", "Hanne Testrup", "Bo Forsøgsby", "");
		String elsewhere = String.join("\n", "Referat", "", "Handicaprådet i Testhavn", "Mødedato: 4. marts 2024", "",
				"Deltagere:", "Jens Prøvesen", "Ulla Andetsted", "");
		String again = String.join("\n", "Referat", "", "Kulturudvalget", "Mødedato: 5. marts 2024", "",
				"Deltagere:", "Jens Prøvesen", "Hanne Testrup", "");
		importer.importDocument(new DocumentImporter.Request("Ældreråd", first, "test-import/name-alone-1", false));
		String jens = count("MATCH (p:Person {name: 'Jens Prøvesen'}) RETURN count(p)", Map.of()) == 1
				? neo4j.query("MATCH (p:Person {name: 'Jens Prøvesen'}) RETURN p.id AS id").fetchAs(String.class).one().orElseThrow() : null;

		// another body's minutes, no one else in common: a namesake until someone says otherwise
		ImportReport other = importer.importDocument(new DocumentImporter.Request("Handicapråd", elsewhere, "test-import/name-alone-2", false));
		assertThat(other.decisions()).filteredOn(d -> d.name().equals("Jens Prøvesen")).singleElement().satisfies(d -> {
			assertThat(d.matched()).isFalse();
			assertThat(d.id()).isNotEqualTo(jens);
		});
		assertThat(other.warnings()).anyMatch(w -> w.contains("'Jens Prøvesen'") && w.contains("mergeEntities"));

		// minutes he attends with a fellow member of the first: the same person
		ImportReport same = importer.importDocument(new DocumentImporter.Request("Kulturudvalg", again, "test-import/name-alone-3", false));
		assertThat(same.decisions()).filteredOn(d -> d.name().equals("Jens Prøvesen")).singleElement().satisfies(d -> {
			assertThat(d.matched()).isTrue();
			assertThat(d.id()).isEqualTo(jens);
		});
		assertThat(count("MATCH (p:Person {name: 'Jens Prøvesen'}) RETURN count(p)", Map.of())).isEqualTo(2);
		neo4j.query("MATCH (p:Person) WHERE p.name IN ['Jens Prøvesen', 'Hanne Testrup', 'Bo Forsøgsby', 'Ulla Andetsted'] DETACH DELETE p").run();
	}

	/**
	 * Eight invented documents that share people, forums, organisations and meetings (two documents per
	 * meeting), one person written in full in half of them and without her middle name in the others; each
	 * imported four times, all 32 at once.
	 */
	@Test
	void thirty_two_overlapping_imports_at_once_all_succeed_and_create_no_duplicates() throws Exception {
		String[] pool = { "Asger Tvedmose", "Bodil Fjeldsøe", "Carsten Hvidkilde", "Dagny Rønnebæk", "Egon Skærbæk",
				"Frida Lunderød", "Gorm Tjørnelund", "Hedda Voldbro", "Ivar Mølleskov" };
		String[] orgs = { "Prøveforbundet", "Testunionen", "Ledelsen" };
		List<String> documents = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			StringBuilder t = new StringBuilder("Referat\n\nMED-udvalget for " + (i % 2 == 0 ? "Prøvehavnen" : "Testskoven")
					+ "\nDato: " + (10 + i / 4) + "-09-2023 kl. 13.00-15.00\n\nNavn\tStilling\tRepræsentant for\n");
			t.append(i % 2 == 0 ? "Karen Margrethe Prøvholm" : "Karen Prøvholm").append("\tLeder\tLedelsen, formand\n");
			for (int j = 0; j < 4; j++) {
				t.append(pool[(i + j) % pool.length]).append("\tFællestillidsrepræsentant\t").append(orgs[(i + j) % 2]).append('\n');
			}
			t.append("Afbud\n").append(pool[(i + 4) % pool.length]).append("\tKonsulent\t").append(orgs[i % 2]).append('\n');
			t.append("\n1. Godkendelse af dagsorden\n\nDagsordenen blev godkendt (dokument ").append(i).append(").\n");
			documents.add(t.toString());
		}
		var pool32 = java.util.concurrent.Executors.newFixedThreadPool(32);
		var start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<ImportReport>> imports = new java.util.ArrayList<>();
		for (int copy = 0; copy < 4; copy++) {
			for (int i = 0; i < documents.size(); i++) {
				String text = documents.get(i);
				String source = "test-import/race-" + i;
				imports.add(pool32.submit(() -> {
					start.await();
					return importer.importDocument(new DocumentImporter.Request("Race", text, source, false));
				}));
			}
		}
		start.countDown();
		List<Throwable> failures = new java.util.ArrayList<>();
		for (var f : imports) {
			try {
				f.get(5, java.util.concurrent.TimeUnit.MINUTES);
			}
			catch (java.util.concurrent.ExecutionException e) {
				failures.add(e.getCause());
			}
		}
		pool32.shutdown();
		assertThat(failures).isEmpty();

		String race = "MATCH (n:%s)-[:SOURCED_FROM]->(d:Document) WHERE d.source STARTS WITH 'test-import/race-' WITH DISTINCT n ";
		// one node per person, forum, organisation and meeting: by id and by name
		for (String label : List.of("Person", "Forum", "Organisation", "Meeting")) {
			assertThat(count(race.formatted(label) + "RETURN count(n) - count(DISTINCT n.id)", Map.of())).as(label).isZero();
		}
		for (String label : List.of("Person", "Forum", "Organisation")) {
			assertThat(count(race.formatted(label) + "WITH n.name AS name, count(*) AS c WHERE c > 1 RETURN count(*)", Map.of()))
				.as(label + " by name").isZero();
		}
		assertThat(count(race.formatted("Meeting") + "MATCH (n)-[:OF {primary: true}]->(f:Forum) "
				+ "WITH f, n.date AS date, count(*) AS c WHERE c > 1 RETURN count(*)", Map.of())).as("meetings by forum and date").isZero();
		assertThat(count(race.formatted("Person") + "RETURN count(n)", Map.of())).isEqualTo(pool.length + 1);
		assertThat(count(race.formatted("Person") + "WHERE all(f IN ['Karen Prøvholm', 'Karen Margrethe Prøvholm'] WHERE f IN [n.name] + n.aliases) "
				+ "RETURN count(n)", Map.of())).isEqualTo(1);
		assertThat(count(race.formatted("Forum") + "RETURN count(n)", Map.of())).isEqualTo(2);
		assertThat(count(race.formatted("Meeting") + "RETURN count(n)", Map.of())).isEqualTo(4);
		assertThat(count(race.formatted("Organisation") + "RETURN count(n)", Map.of())).isGreaterThanOrEqualTo(2);
		assertThat(count("MATCH (d:Document) WHERE d.source STARTS WITH 'test-import/race-' RETURN count(d)", Map.of())).isEqualTo(8);
		// and one edge per fact
		assertThat(count("""
				MATCH (d:Document)<-[:SOURCED_FROM]-(p:Person)-[r:PARTICIPATED_IN|MEMBER_OF|AFFILIATED_WITH]->(m)
				WHERE d.source STARTS WITH 'test-import/race-'
				WITH DISTINCT p, r, m WITH p, type(r) AS t, m, count(r) AS c WHERE c > 1 RETURN count(*)""", Map.of())).isZero();
		// what the imports created is searchable, found through the text they wrote themselves
		graphQl.document("{ search(text: \"Gorm Tjørnelund\", kinds: [PERSON]) { node { ... on Person { name } } } }").execute()
			.path("search[0].node.name").entity(String.class).isEqualTo("Gorm Tjørnelund");
	}

	@Test
	void bad_input_is_a_bad_request_and_writes_nothing() {
		long size = graphSize();
		for (String text : List.of("", "   \n  ", "abc\u0000\u0001\u0002def", "Kære alle\n\nHusk kagen.\n")) {
			editor().document(MUTATION)
				.variable("input", Map.of("title", "bad", "text", text, "source", "test-import/bad"))
				.execute()
				.errors()
				.satisfy(errors -> {
					assertThat(errors).hasSize(1);
					assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(errors.get(0).getMessage()).isNotBlank();
				});
		}
		assertThat(graphSize()).isEqualTo(size);
	}

	@Test
	void the_upload_takes_a_multipart_file_or_plain_text_and_refuses_bytes_that_are_not_utf8() {
		var client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
			.defaultHeader(API_KEY, EDITOR_KEY).build();
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(MinutesParserTest.resource("hmu-tabel.txt").getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "hmu-tabel.txt";
			}
		});
		client.post().uri("/api/import?dryRun=true&source=test-import/upload").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.dryRun").isEqualTo(true)
			.jsonPath("$.document.title").isEqualTo("hmu-tabel.txt")
			.jsonPath("$.people.length()").isEqualTo(6);

		client.post().uri("/api/import?title=Plain&source=test-import/plain").contentType(MediaType.TEXT_PLAIN)
			.body(MinutesParserTest.resource("udvalg-beslutningsprotokol.txt").getBytes(StandardCharsets.UTF_8))
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.meetings[0].date").isEqualTo("2017-11-06");

		byte[] tooLarge = ("Referat\n" + "x".repeat(DocumentImporter.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
		client.post().uri("/api/import?source=test-import/large").contentType(MediaType.TEXT_PLAIN).body(tooLarge)
			.exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.error").value(String.class, e -> assertThat(e).contains("limit is 5 MB"));

		byte[] latin1 = "Referat\nDeltagere: Søren Ærø\n".getBytes(StandardCharsets.ISO_8859_1);
		client.post().uri("/api/import?source=test-import/latin1").contentType(MediaType.TEXT_PLAIN).body(latin1)
			.exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.error").value(String.class, e -> assertThat(e).contains("UTF-8"));
	}

	@Test
	void the_command_line_prints_progress_per_file_and_a_summary() throws Exception {
		Path dir = Files.createTempDirectory("import-cli");
		Path good = Files.writeString(dir.resolve("test-import-protokol.txt"), MinutesParserTest.resource("udvalg-beslutningsprotokol.txt"));
		Path bad = Files.write(dir.resolve("test-import-binary.txt"), new byte[] { 0, 1, 2, 3, (byte) 0xff });
		var bytes = new ByteArrayOutputStream();

		int status = ImportCommand.importAll(importer, List.of(good, bad), true, new PrintStream(bytes, true, StandardCharsets.UTF_8));

		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(status).isEqualTo(1);
		assertThat(out).contains("[1/2] " + good).contains("created").contains("[2/2] " + bad).contains("REFUSED")
			.contains("Dry run (nothing written): 1 of 2 files");
	}

	@Test
	void a_regional_council_protocol_writes_the_titled_guest_the_prose_substitute_and_no_organisation_as_a_person() {
		String doc = importer.importDocument(new DocumentImporter.Request("Regionsrådet",
				MinutesParserTest.resource("regionsraad-beslutningsprotokol.txt"), "test-import/regionsraad", false))
			.document()
			.id();

		List<String> attendance = neo4j.query("""
				MATCH (p:Person)-[r:PARTICIPATED_IN]->(m:Meeting)-[:SOURCED_FROM]->(:Document {id: $doc})
				OPTIONAL MATCH (s:Person {id: r.substituteFor})
				RETURN p.name + ' | ' + r.status + ' | ' + coalesce(r.role, '-') + ' | ' + coalesce(s.name, '-') AS row""")
			.bind(doc)
			.to("doc")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		assertThat(attendance).contains("Lise Dam | PRESENT | suppleant | Henrik Vestergård",
				"Henrik Vestergård | ABSENT | - | -", "Nanna Krogh | GUEST | Chefkonsulent | -",
				"Ole Brøndum | GUEST | referent | -");
		assertThat(attendance).noneMatch(a -> a.startsWith("Hospitalsenheden") || a.startsWith("Chefkonsulent"));
		assertThat(count("MATCH (p:Person) WHERE p.name IN ['Hospitalsenheden Midt', 'Chefkonsulent Nanna Krogh'] RETURN count(p)",
				Map.of())).isZero();
		assertThat(count("""
				MATCH (:Person {name: 'Nanna Krogh'})-[r:AFFILIATED_WITH {title: 'Chefkonsulent'}]->(:Organisation {name: 'Hospitalsenheden Midt'})
				RETURN count(r)""", Map.of())).isEqualTo(1);
		assertThat(count("""
				MATCH (o:Organisation)-[:PARTICIPATES_IN]->(i:Initiative {kind: 'partnership'})-[:SOURCED_FROM]->(:Document {id: $doc})
				WHERE o.name IN ['VIA University College', 'Aarhus Kommune'] RETURN count(DISTINCT o)""", Map.of("doc", doc)))
			.isEqualTo(2);
	}

	private static String councilMinutes(String date, String present, String away) {
		return """
				Kommunalbestyrelsen
				Referat
				Mødedato: %s
				Sted: Rådhuset

				Til stede: %s
				Afbud: %s

				1. Godkendelse af dagsorden
				Godkendt.
				""".formatted(date, present, away);
	}

	private ImportReport importText(String title, String text) {
		return importer.importDocument(new DocumentImporter.Request(title, text, "test-import/" + title, false));
	}

	@Test
	void two_bodies_with_one_generic_name_stay_two_forums_and_later_minutes_of_one_join_it_by_its_people() {
		var first = importText("kb-januar", councilMinutes("10. januar 2030", "Anna Berg, Bo Dahl, Carl Eg", "Dorte Fisk"));
		var other = importText("kb-andet-sted", councilMinutes("17. januar 2030", "Eva Gran, Finn Hald, Gert Ibsen", "Ida Kjær"));
		var february = importText("kb-februar", councilMinutes("14. februar 2030", "Anna Berg, Dorte Fisk, Hanne Juul", "Bo Dahl"));

		String firstForum = first.forums().get(0).id();
		assertThat(other.forums().get(0).id()).isNotEqualTo(firstForum);
		assertThat(other.warnings()).anySatisfy(w -> assertThat(w).contains("many bodies").contains(firstForum));
		assertThat(february.forums().get(0).id()).isEqualTo(firstForum);
		assertThat(count("MATCH (m:Meeting)-[:OF]->(:Forum {id: $f}) RETURN count(m)", Map.of("f", firstForum))).isEqualTo(2);
		// the same minutes again are the document read before: its forum, nothing new
		var again = importText("kb-andet-sted", councilMinutes("17. januar 2030", "Eva Gran, Finn Hald, Gert Ibsen", "Ida Kjær"));
		assertThat(again.forums().get(0).id()).isEqualTo(other.forums().get(0).id());
		assertThat(again.created()).isZero();
	}

	@Test
	void minutes_whose_head_names_the_kommune_join_that_kommunes_forum_and_no_other() {
		String minutes = """
				Referat fra møde i Ældrerådet
				%s
				Mødedato: %s

				Til stede: %s
				""";
		var january = importText("aeldreraad-jan", minutes.formatted("Vestby Kommune", "8. januar 2031", "Anna Berg, Bo Dahl"));
		var february = importText("aeldreraad-feb", minutes.formatted("Vestby Kommune", "5. februar 2031", "Eva Gran, Finn Hald"));
		var elsewhere = importText("aeldreraad-oest", minutes.formatted("Østby Kommune", "8. januar 2031", "Anna Berg, Bo Dahl"));

		String vestby = january.forums().get(0).id();
		assertThat(february.forums().get(0).id()).isEqualTo(vestby);
		assertThat(elsewhere.forums().get(0).id()).isNotEqualTo(vestby);
		assertThat(count("""
				MATCH (:Organisation {name: 'Vestby Kommune'})-[:PARTICIPATES_IN {role: 'host'}]->(f:Forum {id: $f}) RETURN count(f)""",
				Map.of("f", vestby))).isEqualTo(1);
	}
}
