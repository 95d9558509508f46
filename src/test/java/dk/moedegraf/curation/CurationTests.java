package dk.moedegraf.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.moedegraf.GraphTest;
import dk.moedegraf.history.GraphState;
import dk.moedegraf.history.Subject;
import dk.moedegraf.history.Tx;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Curation, history and the change feed, through the GraphQL API on a real Neo4j. */
abstract class CurationTests extends GraphTest {

	private static final String EDIT = "dryRun edit { seq actor operation reason changes { subject change before after } }";

	// --- helpers ---

	/** Curation is an admin's work (merges need ADMIN); who may call what is AccessMatrixTest's business. */
	@org.junit.jupiter.api.BeforeEach
	void asAdmin() {
		graphQl = admin();
	}

	private GraphQlTester.Response mutate(String field, String inputType, Map<String, Object> input, String selection) {
		return graphQl.document("mutation($input: " + inputType + "!) { " + field + "(input: $input) { " + selection + " } }")
				.variable("input", input).execute();
	}

	private GraphQlTester.Response mutate(String field, String inputType, Map<String, Object> input) {
		return mutate(field, inputType, input, EDIT);
	}

	private static Map<String, Object> input(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		m.putIfAbsent("reason", "test");
		return m;
	}

	private String createPerson(String name) {
		return mutate("createPerson", "CreatePersonInput", input("name", name), "person { id }")
				.path("createPerson.person.id").entity(String.class).get();
	}

	private String createForum(String name) {
		return mutate("createForum", "CreateForumInput", input("name", name), "forum { id }")
				.path("createForum.forum.id").entity(String.class).get();
	}

	private long count(String cypher, Map<String, Object> params) {
		return neo4j.query(cypher).bindAll(params).fetchAs(Long.class).mappedBy((t, r) -> r.get(0).asLong()).one().orElseThrow();
	}

	private long edits() {
		return count("MATCH (e:Edit) RETURN count(e)", Map.of());
	}

	/** Every node and fact of the graph as data, keyed by subject. */
	private Map<String, String> snapshot() {
		Tx tx = Tx.of(neo4j);
		return GraphState.capture(tx, GraphState.all(tx));
	}

	private String importDocument(String file, String title) {
		return graphQl.document("mutation($input: ImportDocumentInput!) { importDocument(input: $input) { document { id } } }")
				.variable("input", Map.of("title", title, "text", resource(file), "source", "test-curation/" + file))
				.execute().path("importDocument.document.id").entity(String.class).get();
	}

	static String resource(String name) {
		try (InputStream in = CurationTests.class.getResourceAsStream("/importing/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	// --- entities and history ---

	@Test
	void a_created_and_corrected_person_has_both_edits_in_its_history_with_values_before_and_after() {
		String id = createPerson("Ada Testesen");
		assertThat(id).isEqualTo("person:ada-testesen");
		mutate("correctPerson", "CorrectPersonInput", input("id", id, "name", "Ada Test-Esen", "reason", "spelling in the minutes"))
				.path("correctPerson.edit.changes[0].change").entity(String.class).isEqualTo("UPDATED");
		var history = graphQl.document("{ node(id: \"" + id + "\") { ... on Person { name history { seq actor reason operation "
				+ "changes { subject change before after } } } } }").execute();
		history.path("node.name").entity(String.class).isEqualTo("Ada Test-Esen");
		history.path("node.history[*].operation").entityList(String.class).containsExactly("CREATE_PERSON", "CORRECT_PERSON");
		history.path("node.history[1].reason").entity(String.class).isEqualTo("spelling in the minutes");
		history.path("node.history[1].actor").entity(String.class).isEqualTo("test-admin");
		history.path("node.history[1].changes[0].before").entity(String.class).satisfies(b -> assertThat(b).contains("Ada Testesen"));
		history.path("node.history[1].changes[0].after").entity(String.class).satisfies(a -> assertThat(a).contains("Ada Test-Esen"));
	}

	@Test
	void a_dry_run_reports_the_edit_and_leaves_the_graph_and_the_sequence_untouched() {
		long before = edits();
		var dry = mutate("createPerson", "CreatePersonInput", input("name", "Dry Runsen", "dryRun", true), EDIT + " person { id name }");
		dry.path("createPerson.dryRun").entity(Boolean.class).isEqualTo(true);
		dry.path("createPerson.person.name").entity(String.class).isEqualTo("Dry Runsen");
		long drySeq = dry.path("createPerson.edit.seq").entity(Long.class).get();
		assertThat(edits()).isEqualTo(before);
		graphQl.document("{ node(id: \"person:dry-runsen\") { id } }").execute().path("node").valueIsNull();
		// the number the dry run showed is the next real edit's: nothing was used up
		String id = createPerson("Wet Runsen");
		assertThat(count("MATCH (e:Edit {seq: $seq, operation: 'CREATE_PERSON'}) RETURN count(e)", Map.of("seq", drySeq))).isEqualTo(1);
		assertThat(count("MATCH (c:Change {seq: $seq, subject: $id}) RETURN count(c)", Map.of("seq", drySeq, "id", id))).isEqualTo(1);
	}

	@Test
	void bad_input_is_a_typed_error_and_changes_nothing() {
		long before = edits();
		mutate("correctPerson", "CorrectPersonInput", input("id", "person:nobody-at-all", "name", "X")).errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
		mutate("createPerson", "CreatePersonInput", input("name", "Someone", "reason", " ")).errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		String p = createPerson("Bo Badinput");
		String f = createForum("Badinput Forum");
		long afterSetup = edits();
		mutate("addMembership", "MembershipInput", input("person", p, "forum", f, "from", "2026-05-01", "to", "2026-01-01")).errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		mutate("addMembership", "MembershipInput", input("person", p, "forum", "forum:no-such-forum")).errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
		mutate("mergeEntities", "MergeEntitiesInput", input("survivor", p, "merged", f)).errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		assertThat(edits()).isEqualTo(afterSetup).isEqualTo(before + 2);
		assertThat(count("MATCH (:Person {id: $p})-[r:MEMBER_OF]->() RETURN count(r)", Map.of("p", p))).isZero();
	}

	// --- facts ---

	@Test
	void a_membership_is_added_corrected_ended_retracted_and_restored_exactly() {
		String p = createPerson("Mia Medlem");
		String f = createForum("Medlemsforum");
		String org = mutate("createOrganisation", "CreateOrganisationInput", input("name", "Medlemsforbundet"), "organisation { id }")
				.path("createOrganisation.organisation.id").entity(String.class).get();
		mutate("addMembership", "MembershipInput", input("person", p, "forum", f, "role", "medlem", "representing", org, "from", "2025-01-01"))
				.path("addMembership.edit.changes[0].change").entity(String.class).isEqualTo("CREATED");
		mutate("correctMembership", "MembershipInput", input("person", p, "forum", f, "role", "formand"));
		mutate("endMembership", "EndMembershipInput", input("person", p, "forum", f, "to", "2026-03-31"));
		String query = "{ node(id: \"" + p + "\") { ... on Person { memberships { key role from to representing { id } } } } }";
		var m = graphQl.document(query).execute();
		m.path("node.memberships[0].role").entity(String.class).isEqualTo("formand");
		m.path("node.memberships[0].to").entity(String.class).isEqualTo("2026-03-31");
		String key = m.path("node.memberships[0].key").entity(String.class).get();
		assertThat(key).isEqualTo(p + "|MEMBER_OF|" + f);
		Map<String, String> before = snapshot();

		mutate("retractFact", "FactInput", input("fact", key)).path("retractFact.edit.changes[0].change").entity(String.class)
				.isEqualTo("RETRACTED");
		graphQl.document(query).execute().path("node.memberships").entityList(Object.class).hasSize(0);
		graphQl.document("{ node(id: \"" + f + "\") { ... on Forum { members { person { id } } history { operation } } } }").execute()
				.path("node.members").entityList(Object.class).hasSize(0);

		mutate("restoreFact", "FactInput", input("fact", key));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void an_attendance_is_added_and_corrected() {
		String p = createPerson("Ane Attendant");
		String meeting = mutate("createMeeting", "CreateMeetingInput", input("title", "Testmøde", "date", "2026-02-03",
				"forum", createForum("Mødeforum")), "meeting { id date forum { name } }")
				.path("createMeeting.meeting.id").entity(String.class).get();
		mutate("addAttendance", "AttendanceInput", input("person", p, "meeting", meeting)).errors()
				.satisfy(e -> assertThat(e).singleElement().satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
		mutate("addAttendance", "AttendanceInput", input("person", p, "meeting", meeting, "status", "ABSENT"));
		mutate("correctAttendance", "AttendanceInput", input("person", p, "meeting", meeting, "status", "PRESENT", "role", "referent"));
		var a = graphQl.document("{ node(id: \"" + meeting + "\") { ... on Meeting { forum { name } attendance { person { id } status role } } } }").execute();
		a.path("node.forum.name").entity(String.class).isEqualTo("Mødeforum");
		a.path("node.attendance[0].status").entity(String.class).isEqualTo("PRESENT");
		a.path("node.attendance[0].role").entity(String.class).isEqualTo("referent");
	}

	// --- imports respect curation ---

	@Test
	void an_import_neither_recreates_a_retracted_fact_nor_overwrites_a_curated_value() {
		String doc = importDocument("udvalg-beslutningsprotokol.txt", "Tombstone test");
		String person = graphQl.document("{ people(filter: {nameContains: \"Birthe Kvist\"}) { edges { node { id memberships { key } } } } }")
				.execute().path("people.edges[0].node.id").entity(String.class).get();
		String membership = graphQl.document("{ node(id: \"" + person + "\") { ... on Person { memberships { key } } } }").execute()
				.path("node.memberships[0].key").entity(String.class).get();
		mutate("retractFact", "FactInput", input("fact", membership, "reason", "misread"));
		// the curated aliases keep the written name, so the import still finds her; the dropped form stays dropped
		List<String> curated = List.of("Birthe Kvist", "Birthe Kvist-Curated");
		mutate("correctPerson", "CorrectPersonInput", input("id", person, "name", "Birthe Kvist-Curated", "aliases", curated));
		long editsBefore = edits();
		// the same text again: the importer MERGEs every fact again; the retracted one must stay gone
		graphQl.document("mutation($input: ImportDocumentInput!) { importDocument(input: $input) { document { id } } }")
				.variable("input", Map.of("title", "Tombstone test", "text", resource("udvalg-beslutningsprotokol.txt")))
				.execute().path("importDocument.document.id").entity(String.class).isEqualTo(doc);
		var after = graphQl.document("{ node(id: \"" + person + "\") { ... on Person { name aliases memberships { key } } } }").execute();
		after.path("node.memberships[*].key").entityList(String.class).doesNotContain(membership);
		after.path("node.name").entity(String.class).isEqualTo("Birthe Kvist-Curated");
		after.path("node.aliases").entityList(String.class).containsExactly(curated.toArray(String[]::new));
		assertThat(edits()).isEqualTo(editsBefore);
	}

	/** Minutes of an invented committee with these people present: what an import reads names from. */
	private GraphQlTester.Response importMinutes(String title, String... present) {
		String text = "Referat\nUdvalget for Navneprøver\nMødedato: den 6. november 2017 kl. 11:30\nTil stede:\n"
				+ String.join("\n", present) + "\n\nPunkt 1. Godkendelse af dagsorden\nBeslutning: Godkendt.";
		return graphQl.document("mutation($input: ImportDocumentInput!) { importDocument(input: $input) { created "
				+ "people { id name } decisions { kind name id matched } warnings } }")
				.variable("input", Map.of("title", title, "text", text)).execute();
	}

	private long peopleNamed(String... forms) {
		return count("MATCH (p:Person) WHERE p.name IN $forms OR any(a IN coalesce(p.aliases, []) WHERE a IN $forms) "
				+ "RETURN count(p)", Map.of("forms", List.of(forms)));
	}

	@Test
	void an_import_resolves_a_name_an_editor_corrected_to_the_corrected_person() {
		String id = createPerson("Vibeke Nørgaard");
		// married: a name the resolver's rules cannot reach from the old one, only the curated keys can
		mutate("correctPerson", "CorrectPersonInput", input("id", id, "name", "Vibeke Strandberg-Lund", "reason", "new surname"));
		var report = importMinutes("Navneprøve efter rettelse", "Vibeke Strandberg-Lund (formand)", "Kasper Navneprøvesen");
		report.path("importDocument.decisions[?(@.name == 'Vibeke Strandberg-Lund')].id").entityList(String.class).containsExactly(id);
		report.path("importDocument.decisions[?(@.name == 'Vibeke Strandberg-Lund')].matched").entityList(Boolean.class)
				.containsExactly(true);
		assertThat(peopleNamed("Vibeke Strandberg-Lund", "Vibeke Nørgaard")).isEqualTo(1);
	}

	@Test
	void an_import_resolves_names_of_created_and_merged_people_to_them() {
		String created = createPerson("Søs Kjærsgaard");
		String survivor = createPerson("Halfdan Rytter");
		String merged = createPerson("Halfdan Bjørnskov");
		mutate("mergeEntities", "MergeEntitiesInput", input("survivor", survivor, "merged", merged, "reason", "one person"));
		// OCR-damaged (ø read as g, æ as ee) and the merged record's name
		var report = importMinutes("Navneprøve efter fletning", "Sgs Kjeersgaard", "Halfdan Bjørnskov");
		report.path("importDocument.people[*].id").entityList(String.class).satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(created, survivor));
		assertThat(peopleNamed("Søs Kjærsgaard", "Sgs Kjeersgaard")).isEqualTo(1);
		assertThat(count("MATCH (p:Person) WHERE p.name STARTS WITH 'Halfdan' RETURN count(p)", Map.of())).isEqualTo(1);
	}

	@Test
	void an_import_report_counts_only_what_stayed_when_a_retracted_person_is_kept_out() {
		String[] present = { "Ulla Tilbagesen (formand)", "Kaj Bliversen" };
		String ulla = importMinutes("Rapport efter tilbagetrækning", present)
				.path("importDocument.decisions[?(@.name == 'Ulla Tilbagesen')].id").entityList(String.class).get().get(0);
		mutate("retractFact", "FactInput", input("fact", ulla, "reason", "not a member of this committee"));

		// the same text again: everything is there but her, and she stays out
		var again = importMinutes("Rapport efter tilbagetrækning", present);
		again.path("importDocument.created").entity(Integer.class).isEqualTo(0);
		again.path("importDocument.people[*].id").entityList(String.class).doesNotContain(ulla);
		again.path("importDocument.decisions[*].id").entityList(String.class).doesNotContain(ulla);
		again.path("importDocument.warnings").entityList(String.class)
				.satisfies(w -> assertThat(w).anySatisfy(x -> assertThat(x).contains("retracted", ulla)));
		assertThat(count("MATCH (p:Person {id: $id}) RETURN count(p)", Map.of("id", ulla))).isZero();
	}

	@Test
	void a_withdrawn_document_leaves_no_fact_that_only_it_supported() {
		Map<String, String> beforeImport = snapshot();
		String doc = importDocument("hmu-tabel.txt", "Withdraw test");
		String prefix = doc + "@";
		assertThat(count("MATCH ()-[r]->() WHERE any(s IN coalesce(r.sources, []) WHERE s STARTS WITH $p) RETURN count(r)",
				Map.of("p", prefix))).isPositive();
		mutate("withdrawDocument", "WithdrawDocumentInput", input("document", doc, "reason", "wrong file"))
				.path("withdrawDocument.edit.operation").entity(String.class).isEqualTo("WITHDRAW_DOCUMENT");
		assertThat(count("MATCH ()-[r]->() WHERE any(s IN coalesce(r.sources, []) WHERE s STARTS WITH $p) RETURN count(r)",
				Map.of("p", prefix))).isZero();
		assertThat(count("MATCH ()-[s:SOURCED_FROM]->(:Document {id: $d}) RETURN count(s)", Map.of("d", doc))).isZero();
		// every fact and entity that another source supports is still there, with its values
		Map<String, String> now = snapshot();
		beforeImport.forEach((key, state) -> assertThat(now).as(key).containsKey(key));
		graphQl.document("{ node(id: \"" + doc + "\") { ... on Document { withdrawn } } }").execute()
				.path("node.withdrawn").entity(Boolean.class).isEqualTo(true);
		graphQl.document("mutation($input: ImportDocumentInput!) { importDocument(input: $input) { document { id } } }")
				.variable("input", Map.of("title", "Withdraw test", "text", resource("hmu-tabel.txt"))).execute().errors()
				.satisfy(e -> assertThat(e).singleElement().satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	// --- merge ---

	@Test
	void merge_then_unmerge_restores_the_graph_exactly() {
		// two seed people with memberships, affiliations and attendance, one forum in common
		List<String> pair = neo4j.query("""
				MATCH (a:Person)-[:MEMBER_OF]->(f:Forum)<-[:MEMBER_OF]-(b:Person)
				WHERE a.id < b.id AND EXISTS { (a)-[:PARTICIPATED_IN]->() } AND EXISTS { (b)-[:AFFILIATED_WITH]->() }
				RETURN [a.id, b.id] AS pair ORDER BY a.id, b.id LIMIT 1""")
				.fetchAs(List.class).mappedBy((t, r) -> r.get("pair").asList(v -> v.asString())).one().orElseThrow();
		String survivor = pair.get(0);
		String merged = pair.get(1);
		Map<String, String> before = snapshot();

		var m = mutate("mergeEntities", "MergeEntitiesInput", input("survivor", survivor, "merged", merged, "reason", "same person"),
				EDIT + " nodes { id }");
		m.path("mergeEntities.edit.changes[?(@.subject == '" + merged + "')].change").entityList(String.class).containsExactly("MERGED");
		var old = graphQl.document("{ node(id: \"" + merged + "\") { id } mergedInto(id: \"" + merged + "\") { id } }").execute();
		old.path("node.id").entity(String.class).isEqualTo(survivor);
		old.path("mergedInto.id").entity(String.class).isEqualTo(survivor);
		assertThat(count("MATCH (p:Person {id: $id}) RETURN count(p)", Map.of("id", merged))).isZero();
		assertThat(count("MATCH (p:Person {id: $id})-[r]-() RETURN count(r)", Map.of("id", survivor)))
				.isGreaterThan(0);
		graphQl.document("{ node(id: \"" + survivor + "\") { ... on Person { aliases } } }").execute()
				.path("node.aliases").entityList(String.class).satisfies(a -> assertThat(a).hasSizeGreaterThan(1));

		mutate("unmergeEntities", "UnmergeEntitiesInput", input("merged", merged, "reason", "not the same after all"));
		assertThat(snapshot()).isEqualTo(before);
		graphQl.document("{ mergedInto(id: \"" + merged + "\") { id } }").execute().path("mergedInto").valueIsNull();
	}

	@Test
	void people_marked_not_the_same_cannot_be_merged_and_an_import_keeps_them_apart() {
		String a = createPerson("Lene Lindgaard");
		String b = createPerson("Lene Lindgaard Holm");
		mutate("markNotSamePerson", "NotSamePersonInput", input("person", a, "other", b));
		mutate("mergeEntities", "MergeEntitiesInput", input("survivor", a, "merged", b)).errors()
				.satisfy(e -> assertThat(e).singleElement().satisfies(x -> assertThat(x.getMessage()).contains("not the same")));
		assertThat(count("MATCH (p:Person) WHERE p.id IN $ids RETURN count(p)", Map.of("ids", List.of(a, b)))).isEqualTo(2);
	}

	// --- the change feed ---

	@Test
	void replaying_the_change_feed_from_the_start_rebuilds_the_graph() {
		// at least one of each: seed (at start-up), import, curation, retraction, merge
		importDocument("byraadsudvalg.txt", "Replay test");
		String p = createPerson("Rie Replay");
		String q = createPerson("Rie Replay Duplicate");
		String f = createForum("Replayforum");
		mutate("addMembership", "MembershipInput", input("person", q, "forum", f, "role", "medlem"));
		mutate("retractFact", "FactInput", input("fact", createPerson("Rie Retracted")));
		mutate("mergeEntities", "MergeEntitiesInput", input("survivor", p, "merged", q));

		Map<String, String> replica = new HashMap<>();
		String after = null;
		List<String> kinds = new ArrayList<>();
		boolean more = true;
		while (more) {
			var page = graphQl.document("query($after: String) { changes(after: $after, first: 500) { edges { cursor operation "
					+ "node { subject change after } } pageInfo { hasNextPage endCursor } } }").variable("after", after).execute();
			List<Map> edges = page.path("changes.edges").entityList(Map.class).get();
			for (Map e : edges) {
				Map node = (Map) e.get("node");
				kinds.add((String) e.get("operation"));
				if (node.get("after") == null) {
					replica.remove((String) node.get("subject"));
				}
				else {
					replica.put((String) node.get("subject"), (String) node.get("after"));
				}
			}
			more = page.path("changes.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("changes.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(kinds).contains("SEED", "IMPORT", "CREATE_PERSON", "RETRACT", "MERGE");
		assertThat(replica).isEqualTo(snapshot());
		// and the API serves what the replica holds
		var served = graphQl.document("{ node(id: \"" + q + "\") { id ... on Person { name memberships { forum { id } role } } } }").execute();
		served.path("node.id").entity(String.class).isEqualTo(p);
		assertThat(replica.get(p + "|MEMBER_OF|" + f)).contains("medlem");
		served.path("node.memberships[0].forum.id").entity(String.class).isEqualTo(f);
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	/** The cursor after the last change in the log now. */
	private String lastCursor() {
		String after = null;
		boolean more = true;
		while (more) {
			var page = graphQl.document("query($after: String) { changes(after: $after, first: 1000) { pageInfo { hasNextPage endCursor } } }")
					.variable("after", after).execute();
			more = page.path("changes.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("changes.pageInfo.endCursor").entity(String.class).get();
		}
		return after;
	}

	@Test
	void an_anonymous_subscriber_gets_the_changes_after_its_cursor_then_new_ones_live_over_sse_with_contact_data_masked() {
		String cursor = lastCursor();
		// one change before the subscription (the backlog it starts with), one after it
		String earlier = createPerson("Live Forløber");
		// anonymous, over the SSE transport: POST /graphql asking for an event stream
		var stream = org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port).responseTimeout(java.time.Duration.ofSeconds(60)).build()
				.post().uri("/graphql").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.accept(org.springframework.http.MediaType.TEXT_EVENT_STREAM)
				.bodyValue(Map.of("query", "subscription($after: String) { changes(after: $after) { cursor operation reason "
						+ "node { subject change after } } }", "variables", Map.of("after", cursor)))
				.exchange().expectStatus().isOk()
				.returnResult(new org.springframework.core.ParameterizedTypeReference<org.springframework.http.codec.ServerSentEvent<String>>() {
				}).getResponseBody()
				.filter(e -> "next".equals(e.event())).map(e -> String.valueOf(e.data()))
				.timeout(java.time.Duration.ofSeconds(60)).toStream();
		// closing the stream cancels the subscription: the server stops polling for this client
		try (stream) {
			var events = stream.iterator();
			assertThat(next(events, earlier)).as("the backlog").contains("Live Forløber");

			// written after the subscription began: it can only arrive live
			String id = mutate("createPerson", "CreatePersonInput", input("name", "Live Lytter", "reason",
					"ringede selv, tlf. 12 34 56 78, lytter@example.dk"), "person { id }").path("createPerson.person.id").entity(String.class).get();

			assertThat(next(events, id)).contains("CREATE_PERSON", "\"change\":\"CREATED\"", "Live Lytter", "tlf. •• •• •• 78",
					"l…@example.dk").doesNotContain("12 34 56 78", "lytter@example.dk");
		}
		// an admin reads the same feed in full
		graphQl.document("query($after: String) { changes(after: $after) { edges { reason } } }").variable("after", cursor).execute()
				.path("changes.edges[*].reason").entityList(String.class).contains("ringede selv, tlf. 12 34 56 78, lytter@example.dk");
	}

	/** The next event of the stream that mentions this text (a timeout fails the test). */
	private static String next(java.util.Iterator<String> events, String text) {
		while (events.hasNext()) {
			String data = events.next();
			if (data.contains(text)) {
				return data;
			}
		}
		throw new AssertionError("the stream ended before anything mentioned " + text);
	}

	@Test
	void modified_since_lists_only_what_changed_after_that_time() {
		String at = java.time.OffsetDateTime.now().toString();
		String p = createPerson("Moa Modified");
		var list = graphQl.document("query($since: DateTime) { people(first: 100, filter: {modifiedSince: $since}) { edges { node { id } } } }")
				.variable("since", at).execute();
		list.path("people.edges[*].node.id").entityList(String.class).containsExactly(p);
	}

	// --- concurrency ---

	/**
	 * 32 writes released at once on 32 threads: 8 people created, 8 people's aliases corrected while 8
	 * imports (4 minutes, each twice) name those same people, 8 memberships added. Every edit is logged
	 * with its own number and none is lost; nobody is created twice.
	 */
	@Test
	void thirty_two_concurrent_curation_and_import_writes_lose_no_edit_and_create_no_duplicate() throws Exception {
		// surnames only: a shared first name with another surname is never the same person
		List<String> named = List.of("Andersen", "Berthelsen", "Christoffersen", "Davidsen", "Eriksen", "Frandsen", "Gregersen",
				"Henningsen");
		List<String> fresh = List.of("Quist", "Rasmussen", "Svendsen", "Thomsen", "Ulriksen", "Vestergaard", "Winther", "Yde");
		List<String> guests = List.of("Zachariassen", "Aagaard", "Bechmann", "Dahlgaard");
		List<String> namedIds = new ArrayList<>();
		List<String> members = new ArrayList<>();
		for (String surname : List.of("Iversen", "Jespersen", "Knudsen", "Lauridsen", "Mikkelsen", "Nissen", "Olesen", "Pallesen")) {
			members.add(createPerson("Samtid " + surname));
		}
		named.forEach(surname -> namedIds.add(createPerson("Samtid " + surname)));
		String forum = createForum("Samtidsforum");
		long firstSeq = count("MATCH (c:EditCounter) RETURN c.seq", Map.of());

		List<java.util.concurrent.Callable<Object>> writes = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int n = i;
			writes.add(() -> seq(mutate("createPerson", "CreatePersonInput", input("name", "Samtid " + fresh.get(n))), "createPerson"));
			writes.add(() -> seq(mutate("correctPerson", "CorrectPersonInput",
					input("id", namedIds.get(n), "aliases", List.of("Samtid " + named.get(n), "S. " + named.get(n)))), "correctPerson"));
			writes.add(() -> seq(mutate("addMembership", "MembershipInput", input("person", members.get(n), "forum", forum,
					"role", "medlem")), "addMembership"));
			// minutes k (imported twice, by writes 2k and 2k+1) name the people being corrected, 2k and 2k+1
			int k = n / 2;
			writes.add(() -> importMinutes("Samtidige referat " + k, "Samtid " + named.get(2 * k), "Samtid " + named.get(2 * k + 1),
					"Samtid " + guests.get(k)).path("importDocument.created")
					.entity(Integer.class).get());
		}
		assertThat(writes).hasSize(32);
		ExecutorService pool = Executors.newFixedThreadPool(writes.size());
		List<Object> results = new ArrayList<>();
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<Future<Object>> done = new ArrayList<>();
			for (var w : writes) {
				done.add(pool.submit(() -> {
					start.await();
					return w.call();
				}));
			}
			start.countDown();
			for (Future<Object> f : done) {
				results.add(f.get(5, java.util.concurrent.TimeUnit.MINUTES));
			}
		}
		finally {
			pool.shutdownNow();
		}

		// gap-free: every number between the first and the last is one edit
		long lastSeq = count("MATCH (c:EditCounter) RETURN c.seq", Map.of());
		List<Long> seqs = neo4j.query("MATCH (e:Edit) WHERE e.seq > $from RETURN e.seq AS s ORDER BY s")
				.bind(firstSeq).to("from").fetchAs(Long.class).mappedBy((t, r) -> r.get("s").asLong()).all().stream().toList();
		assertThat(seqs).hasSize((int) (lastSeq - firstSeq));
		for (int i = 0; i < seqs.size(); i++) {
			assertThat(seqs.get(i)).isEqualTo(firstSeq + 1 + i);
		}
		// none lost: each curation write got its own number, and the log holds it under its operation
		List<Long> curated = results.stream().filter(Long.class::isInstance).map(Long.class::cast).toList();
		assertThat(curated).hasSize(24).doesNotHaveDuplicates();
		Map<String, Long> byOperation = new HashMap<>();
		neo4j.query("MATCH (e:Edit) WHERE e.seq > $from RETURN e.operation AS op, count(*) AS n").bind(firstSeq).to("from")
				.fetch().all().forEach(r -> byOperation.put((String) r.get("op"), (Long) r.get("n")));
		assertThat(byOperation).containsExactlyInAnyOrderEntriesOf(
				Map.of("CREATE_PERSON", 8L, "CORRECT_PERSON", 8L, "ADD_MEMBER_OF", 8L, "IMPORT", 4L));
		assertThat(count("MATCH (e:Edit) WHERE e.seq IN $seqs RETURN count(e)", Map.of("seqs", curated))).isEqualTo(24);
		// every write's effect is there: corrections kept against the imports, memberships, the new people
		for (int i = 0; i < 8; i++) {
			assertThat(neo4j.query("MATCH (p:Person {id: $id}) RETURN p.aliases AS a").bind(namedIds.get(i)).to("id")
					.fetchAs(List.class).mappedBy((t, r) -> r.get("a").asList(v -> v.asString())).one().orElseThrow())
					.containsExactly("Samtid " + named.get(i), "S. " + named.get(i));
			assertThat(count("MATCH (:Person {id: $id})-[:PARTICIPATED_IN]->(:Meeting) RETURN count(*)", Map.of("id", namedIds.get(i))))
					.as("the import tied %s to its meeting", namedIds.get(i)).isPositive();
		}
		assertThat(count("MATCH (:Person)-[:MEMBER_OF]->(:Forum {id: $f}) RETURN count(*)", Map.of("f", forum))).isEqualTo(8);
		// no duplicates: one node per name, the imports' guests included
		assertThat(count("MATCH (p:Person) WHERE p.name STARTS WITH 'Samtid' WITH p.name AS name, count(*) AS n "
				+ "WHERE n > 1 RETURN count(name)", Map.of())).isZero();
		assertThat(count("MATCH (p:Person) WHERE p.name STARTS WITH 'Samtid' RETURN count(p)", Map.of())).isEqualTo(8 + 8 + 8 + 4);
		assertThat(count("MATCH (d:Document) WHERE d.title STARTS WITH 'Samtidige referat' RETURN count(d)", Map.of())).isEqualTo(4);
	}

	private static long seq(GraphQlTester.Response response, String field) {
		return response.path(field + ".edit.seq").entity(Long.class).get();
	}
}
