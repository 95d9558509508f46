package dk.moedegraf.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dk.moedegraf.GraphTest;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The public contract over the seed graph: every query and field answers with the facts the five seed
 * documents state. Ids are the seed graph's (cypher/seed).
 */
abstract class ReadApiTests extends GraphTest {

	@Autowired
	GraphQlSource graphQlSource;

	private GraphQlTester.Response query(String document) {
		return graphQl.document(document).execute();
	}

	private List<Map<String, Object>> list(String document, String path) {
		return query(document).path(path).entityList(Object.class).get().stream()
				.map(o -> {
					@SuppressWarnings("unchecked")
					Map<String, Object> m = (Map<String, Object>) o;
					return m;
				}).toList();
	}

	@SuppressWarnings("unchecked")
	private static Object at(Object map, String dotted) {
		Object v = map;
		for (String k : dotted.split("\\.")) {
			v = v == null ? null : ((Map<String, Object>) v).get(k);
		}
		return v;
	}

	// ---- who sits where ----

	@Test
	void strategisk_forum_members_are_listed_with_role_and_organisation() {
		var members = list("{ node(id: \"forum:strategisk-forum\") { ... on Forum { members { person { name } role representing { name } } } } }",
				"node.members");
		assertThat(members).hasSize(10);
		assertThat(members).anySatisfy(m -> {
			assertThat(at(m, "person.name")).isEqualTo("Poul Erik Philipsen");
			assertThat(at(m, "role")).isEqualTo("uddannelsesdekan");
			assertThat(at(m, "representing.name")).isEqualTo("VIA UC");
		});
		assertThat(members).anySatisfy(m -> {
			assertThat(at(m, "person.name")).isEqualTo("Ole Kiil Jacobsen");
			assertThat(at(m, "representing.name")).isEqualTo("Børn og Unge");
		});
	}

	@Test
	void members_on_a_date_leave_out_those_whose_membership_had_ended() {
		String q = "{ node(id: \"forum:hovedmed-sof\") { ... on Forum { members(at: \"%s\") { person { name } to } } } }";
		var april = list(q.formatted("2026-04-24"), "node.members");
		var june = list(q.formatted("2026-06-15"), "node.members");
		assertThat(april).extracting(m -> at(m, "person.name")).contains("Helle Holm", "Karin Munch Ravn", "Katrine Ring");
		assertThat(june).extracting(m -> at(m, "person.name")).doesNotContain("Helle Holm", "Karin Munch Ravn")
				.contains("Katrine Ring");
		assertThat(april.size() - june.size()).isEqualTo(2);
		assertThat(april).filteredOn(m -> "Helle Holm".equals(at(m, "person.name")))
				.extracting(m -> at(m, "to")).containsOnly("2026-05-31");
	}

	@Test
	void a_persons_memberships_honour_the_date_too() {
		String q = "{ node(id: \"person:helle-holm\") { ... on Person { memberships(at: \"%s\") { forum { id } role representing { name } } } } }";
		assertThat(list(q.formatted("2026-04-24"), "node.memberships"))
				.extracting(m -> at(m, "forum.id")).contains("forum:hovedmed-sof");
		assertThat(list(q.formatted("2026-07-01"), "node.memberships"))
				.extracting(m -> at(m, "forum.id")).doesNotContain("forum:hovedmed-sof");
	}

	@Test
	void absentees_of_a_meeting_are_listed_with_status_absent() {
		var attendance = list("{ node(id: \"meeting:hovedmed-sof-2026-04-24\") { ... on Meeting { attendance { status person { name } role representing { name } } } } }",
				"node.attendance");
		assertThat(attendance).filteredOn(a -> "ABSENT".equals(a.get("status")))
				.extracting(a -> at(a, "person.name"))
				.contains("Simon Pasquali", "Jacob Hess", "Karoline Winther-Lund", "Karin Munch Ravn", "Marie Sølling",
						"Helle Hummelgaard Nielsen", "Susanne Winsløw", "Eughtina Birkedahl",
						"Sissel Bennedikte Agergaard Jensen");
		assertThat(attendance).filteredOn(a -> "PRESENT".equals(a.get("status")))
				.extracting(a -> at(a, "person.name"))
				.contains("Katrine Ring", "Tine Kock Nielsen", "Helle Holm", "Jack Cassina")
				.doesNotContain("Simon Pasquali");
		query("{ node(id: \"forum:hovedmed-sof\") { ... on Forum { members(at: \"2026-04-24\") { person { name } office } } } }")
				.path("node.members[?(@.person.name == 'Katrine Ring')].office").entityList(String.class).containsExactly("formand")
				.path("node.members[?(@.person.name == 'Helle Haslund')].office").entityList(String.class).containsExactly("næstformand");
		assertThat(attendance).anySatisfy(a -> {
			assertThat(at(a, "person.name")).isEqualTo("Simon Pasquali");
			assertThat(at(a, "role")).isEqualTo("Direktør");
			assertThat(at(a, "representing.name")).isEqualTo("Direktionen");
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void guests_of_the_raadmandsmoede_are_listed_with_the_items_they_came_for() {
		var attendance = list("{ node(id: \"meeting:mbu-raadmandsmoede-2021-08-17\") { ... on Meeting { date startsAt endsAt location forum { name } attendance { status agendaItems person { name } } } } }",
				"node.attendance");
		assertThat(attendance).anySatisfy(a -> {
			assertThat(at(a, "person.name")).isEqualTo("Mette Søberg");
			assertThat(a.get("status")).isEqualTo("GUEST");
			assertThat((List<Object>) a.get("agendaItems")).contains(3);
		});
		assertThat(attendance).filteredOn(a -> "PRESENT".equals(a.get("status"))).hasSize(12)
				.extracting(a -> at(a, "person.name")).contains("Thomas Medom Hansen", "Hans van Binsbergen");
		query("{ node(id: \"meeting:mbu-raadmandsmoede-2021-08-17\") { ... on Meeting { date startsAt endsAt forum { name } } } }")
				.path("node.date").entity(String.class).isEqualTo("2021-08-17")
				.path("node.startsAt").entity(String.class).isEqualTo("2021-08-17T08:00:00+02:00")
				.path("node.endsAt").entity(String.class).isEqualTo("2021-08-17T10:00:00+02:00");
	}

	@Test
	void a_person_lists_affiliations_and_attendance() {
		var person = query("{ node(id: \"person:thomas-medom\") { ... on Person { name aliases affiliations { organisation { name } title } attendance { status meeting { id } } } } }");
		person.path("node.aliases").entityList(String.class).contains("Thomas Medom", "Thomas Medom Hansen", "TM");
		person.path("node.attendance[*].meeting.id").entityList(String.class)
				.contains("meeting:mbu-raadmandsmoede-2021-08-17", "meeting:mbu-raadmandsmoede-2021-08-11");
		person.path("node.affiliations").entityList(Object.class).hasSizeGreaterThan(0);
	}

	@Test
	void a_suppleant_stands_in_for_the_absent_member_and_details_are_kept() {
		var hovedmed = query("{ node(id: \"meeting:hovedmed-sof-2026-04-24\") { ... on Meeting { title location "
				+ "attendance { status role person { id } substituteFor { id name } } agenda { number title decision } } } }");
		hovedmed.path("node.location").entity(String.class).isEqualTo("Bernstorffsgade 17, 4. sal, vær. 4.00");
		hovedmed.path("node.attendance[?(@.person.id == 'person:mie-ejdesgaard-boehm')].substituteFor.name")
				.entityList(String.class).containsExactly("Eughtina Birkedahl");
		hovedmed.path("node.attendance[?(@.person.id == 'person:mie-ejdesgaard-boehm')].role")
				.entityList(String.class).containsExactly("Suppleant");
		hovedmed.path("node.agenda[0].decision").entity(String.class).isEqualTo("Dagsorden blev godkendt.");
		hovedmed.path("node.agenda[*].number").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
		hovedmed.path("node.agenda[8].decision").valueIsNull();
	}

	@Test
	void forums_list_their_organisations_and_meetings_and_people_their_titles() {
		var forum = query("{ node(id: \"forum:hovedmed-sof\") { ... on Forum { aliases organisations { organisation { id } role } meetings { id date } "
				+ "members { person { id } from } } } }");
		forum.path("node.meetings[*].id").entityList(String.class)
				.containsExactly("meeting:hovedmed-sof-2026-04-24", "meeting:hovedmed-sof-undated-budget-2026");
		forum.path("node.organisations[*].organisation.id").entityList(String.class).contains("org:kk-sof");
		// The minutes give no start dates: from stays empty rather than invented.
		forum.path("node.members[*].from").entityList(Object.class).satisfies(l -> assertThat(l).containsOnlyNulls());
		query("{ node(id: \"person:poul-erik-philipsen\") { ... on Person { affiliations { organisation { id } title } } } }")
				.path("node.affiliations[0].organisation.id").entity(String.class).isEqualTo("org:via-uc")
				.path("node.affiliations[0].title").entity(String.class).isEqualTo("uddannelsesdekan");
		query("{ node(id: \"org:via-uc\") { ... on Organisation { participations { role forum { id } initiative { id } } } } }")
				.path("node.participations[?(@.forum.id == 'forum:strategisk-forum')].role").entityList(String.class).containsExactly("member")
				.path("node.participations[?(@.initiative.id == 'initiative:bupl-partnerskab')]").entityList(Object.class).hasSize(1);
	}

	// ---- lists: filters, order, cursors ----

	@Test
	void paging_through_people_visits_everyone_once_in_name_order() {
		var seen = new ArrayList<String>();
		String after = null;
		long total = -1;
		for (int page = 0; page < 100; page++) {
			var response = query("{ people(first: 7" + (after == null ? "" : ", after: \"" + after + "\"") + ") { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }");
			total = response.path("people.totalCount").entity(Long.class).get();
			seen.addAll(response.path("people.edges[*].node.name").entityList(String.class).get());
			boolean more = response.path("people.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("people.pageInfo.endCursor").entity(String.class).get();
			if (!more) {
				break;
			}
		}
		assertThat(total).isGreaterThan(50);
		assertThat(seen).hasSize((int) total);
		assertThat(new HashSet<>(seen)).hasSameSizeAs(seen.stream().distinct().toList());
		assertThat(seen).isSorted();
	}

	@Test
	void every_field_of_every_list_answers_on_a_first_and_a_later_page() {
		// Every field two levels below each list's nodes, so that each page statement holds every projection the
		// compiler writes: a page is read in index order, and a projection that trips Neo4j's planner there (it did:
		// "insertCachedProperties") fails here rather than in a client's hands.
		var schema = graphQlSource.schema();
		for (String list : List.of("people", "organisations", "forums", "meetings", "initiatives")) {
			var connection = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(schema.getQueryType().getFieldDefinition(list).getType());
			var node = GraphQLTypeUtil.unwrapAll(((GraphQLObjectType) GraphQLTypeUtil.unwrapAll(
					connection.getFieldDefinition("edges").getType())).getFieldDefinition("node").getType());
			String fields = selection(node, 2);
			String after = null;
			for (int page = 0; page < 2; page++) {
				String document = "{ " + list + "(first: 2" + (after == null ? "" : ", after: \"" + after + "\"") + ") { totalCount edges { node "
						+ fields + " } pageInfo { hasNextPage endCursor } } }";
				var response = query(document);
				assertThat(response.path(list + ".edges").entityList(Object.class).get()).as(document).hasSize(2);
				after = response.path(list + ".pageInfo.endCursor").entity(String.class).get();
			}
		}
	}

	/** Every field without a required argument, {@code depth} levels of objects deep (then their id or typename). */
	private static String selection(GraphQLType type, int depth) {
		if (!(type instanceof GraphQLFieldsContainer container)) {
			return type instanceof GraphQLUnionType ? "{ __typename }" : "";
		}
		if (depth == 0) {
			return container.getFieldDefinition("id") != null ? "{ id }" : "{ __typename }";
		}
		var out = new StringBuilder("{ __typename");
		for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
			boolean required = field.getArguments().stream()
					.anyMatch(a -> GraphQLTypeUtil.isNonNull(a.getType()) && !a.hasSetDefaultValue());
			if (!required) {
				out.append(' ').append(field.getName()).append(' ').append(selection(GraphQLTypeUtil.unwrapAll(field.getType()), depth - 1));
			}
		}
		return out.append(" }").toString();
	}

	@Test
	void paging_meetings_gives_the_dated_newest_first_then_the_undated_by_id_each_once() {
		// undated meetings sort after every dated one; the pages must cross that border and page within the undated
		neo4j.query("""
				CREATE (:Meeting {id: 'meeting:paging-undated-b', title: 'Undated B'}),
				       (:Meeting {id: 'meeting:paging-undated-a', title: 'Undated A'}),
				       (:Meeting {id: 'meeting:paging-undated-c', title: 'Undated C'}),
				       (:Meeting {id: 'meeting:paging-dated-old', title: 'Dated', date: date('1901-01-01')})""").run();
		try {
			var expected = neo4j.query("MATCH (m:Meeting) RETURN m.id AS id ORDER BY m.date IS NULL, m.date DESC, m.id")
					.fetchAs(String.class).all().stream().toList();
			for (int size : new int[] { 1, 2, 3, 5 }) {
				var ids = new ArrayList<String>();
				String after = null;
				for (int page = 0; page <= expected.size(); page++) {
					var response = query("{ meetings(first: " + size + (after == null ? "" : ", after: \"" + after + "\"")
							+ ") { edges { node { id } } pageInfo { hasNextPage endCursor } } }");
					ids.addAll(response.path("meetings.edges[*].node.id").entityList(String.class).get());
					after = response.path("meetings.pageInfo.endCursor").entity(String.class).get();
					if (!response.path("meetings.pageInfo.hasNextPage").entity(Boolean.class).get()) {
						break;
					}
				}
				assertThat(ids).as("pages of %d", size).isEqualTo(expected);
			}
			assertThat(expected).containsSubsequence("meeting:paging-dated-old",
					"meeting:paging-undated-a", "meeting:paging-undated-b", "meeting:paging-undated-c");
		}
		finally {
			neo4j.query("MATCH (m:Meeting) WHERE m.id STARTS WITH 'meeting:paging-' DETACH DELETE m").run();
		}
	}

	@Test
	void paging_by_cursor_works_when_the_query_does_not_select_what_the_list_is_sorted_by() {
		// the statement reads only the selected properties; the cursor needs the sort key all the same
		var withNames = pagedIds("id name");
		assertThat(withNames).hasSizeGreaterThan(50).doesNotHaveDuplicates();
		assertThat(pagedIds("id")).isEqualTo(withNames);
	}

	private List<String> pagedIds(String fields) {
		var ids = new ArrayList<String>();
		String after = null;
		for (int page = 0; page < 100; page++) {
			var response = query("{ people(first: 9" + (after == null ? "" : ", after: \"" + after + "\"") + ") { edges { node { "
					+ fields + " } } pageInfo { hasNextPage endCursor } } }");
			ids.addAll(response.path("people.edges[*].node.id").entityList(String.class).get());
			after = response.path("people.pageInfo.endCursor").entity(String.class).get();
			if (!response.path("people.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
		}
		return ids;
	}

	@Test
	void people_filters_by_name_alias_forum_and_organisation() {
		assertThat(list("{ people(filter: {nameContains: \"medom hansen\"}) { edges { node { id } } } }", "people.edges"))
				.extracting(e -> at(e, "node.id")).containsExactly("person:thomas-medom");
		assertThat(list("{ people(first: 50, filter: {memberOf: \"forum:strategisk-forum\"}) { totalCount edges { node { id } } } }", "people.edges"))
				.hasSize(10);
		assertThat(list("{ people(first: 50, filter: {affiliatedWith: \"org:via-uc\"}) { edges { node { name } } } }", "people.edges"))
				.extracting(e -> at(e, "node.name")).contains("Poul Erik Philipsen", "Anne Birthe Due Bendixen")
				.doesNotContain("Thomas Medom");
	}

	@Test
	void organisations_part_of_a_kommune_include_the_units_below_its_forvaltninger() {
		var names = query("{ organisations(first: 100, filter: {partOf: \"org:koebenhavns-kommune\"}) { edges { node { id } } } }")
				.path("organisations.edges[*].node.id").entityList(String.class).get();
		assertThat(names).contains("org:kk-sof", "org:sof-chro").doesNotContain("org:koebenhavns-kommune", "org:mbu");
	}

	@Test
	void forums_filter_by_organisation_and_member() {
		assertThat(query("{ forums(first: 50, filter: {organisation: \"org:via-uc\"}) { edges { node { id } } } }")
				.path("forums.edges[*].node.id").entityList(String.class).get())
				.contains("forum:strategisk-forum", "forum:alliancen-paedagogiske-grundlag").doesNotContain("forum:hovedmed-sof");
		assertThat(query("{ forums(filter: {member: \"person:katrine-ring\"}) { edges { node { id } } } }")
				.path("forums.edges[*].node.id").entityList(String.class).get()).contains("forum:hovedmed-sof");
		assertThat(query("{ forums(filter: {nameContains: \"hovedmed\"}) { totalCount } }")
				.path("forums.totalCount").entity(Integer.class).get()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void meetings_are_newest_first_and_filter_by_forum_dates_and_attendee() {
		var dates = query("{ meetings(first: 50) { edges { node { date } } } }")
				.path("meetings.edges[*].node.date").entityList(String.class).get();
		var dated = dates.stream().filter(java.util.Objects::nonNull).toList();
		assertThat(dated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(query("{ meetings(filter: {forum: \"forum:mbu-raadmandsmoede\"}) { edges { node { id } } } }")
				.path("meetings.edges[*].node.id").entityList(String.class).get())
				.containsExactly("meeting:mbu-raadmandsmoede-2021-08-17", "meeting:mbu-raadmandsmoede-2021-08-11");
		assertThat(query("{ meetings(filter: {from: \"2021-08-12\", to: \"2021-08-31\", attendee: \"person:thomas-medom\"}) { edges { node { id } } } }")
				.path("meetings.edges[*].node.id").entityList(String.class).get())
				.contains("meeting:mbu-raadmandsmoede-2021-08-17").doesNotContain("meeting:mbu-raadmandsmoede-2021-08-11");
	}

	@Test
	void the_dialogue_meeting_discussed_ten_initiatives_with_their_kinds() {
		var items = list("{ node(id: \"meeting:buu-hovedmed-buf-2026-02-04\") { ... on Meeting { agenda { number title initiatives { id kind } } } } }",
				"node.agenda");
		assertThat(items).hasSize(3);
		var initiatives = new HashSet<String>();
		items.forEach(i -> ((List<?>) i.get("initiatives")).forEach(x -> initiatives.add((String) at(x, "id"))));
		assertThat(initiatives).hasSize(10).contains("initiative:pulje-fastholdelse-og-rekruttering");
		var kinds = query("{ initiatives(first: 50, filter: {nameContains: \"gulvvask\"}) { edges { node { kind discussedAt { id } } } } }");
		kinds.path("initiatives.edges[0].node.kind").entity(String.class).isEqualTo("investeringsforslag");
		kinds.path("initiatives.edges[0].node.discussedAt[0].id").entity(String.class).isEqualTo("meeting:buu-hovedmed-buf-2026-02-04");
	}

	@Test
	void initiatives_filter_by_code_and_organisation() {
		query("{ initiatives(filter: {nameContains: \"UD/SI01\"}) { edges { node { id code name } } } }")
				.path("initiatives.edges[0].node.id").entity(String.class).isEqualTo("initiative:ud-si01-loft")
				.path("initiatives.edges[0].node.code").entity(String.class).isEqualTo("UD/SI01");
		var partnership = query("{ node(id: \"initiative:bupl-partnerskab\") { ... on Initiative { organisations { organisation { name } } } } }")
				.path("node.organisations[*].organisation.name").entityList(String.class).get();
		assertThat(partnership).hasSize(7).contains("BUPL", "VIA UC", "Københavns Kommune", "Aarhus Kommune");
		assertThat(query("{ initiatives(filter: {organisation: \"org:kp\"}) { edges { node { id } } } }")
				.path("initiatives.edges[*].node.id").entityList(String.class).get()).contains("initiative:bupl-partnerskab");
	}

	// ---- relay ----

	@Test
	void nodes_resolve_every_kind_in_the_order_asked_with_null_for_unknown_ids() {
		query("{ nodes(ids: [\"org:bupl\", \"person:nobody\", \"forum:strategisk-forum\", \"meeting:hovedmed-sof-2026-04-24\", \"initiative:tv02\", \"document:64f1c8e78dbe42cc\"]) { __typename id } }")
				.path("nodes[*].__typename").entityList(String.class)
				.containsExactly("Organisation", "Forum", "Meeting", "Initiative", "Document")
				.path("nodes[1]").valueIsNull();
		query("{ node(id: \"document:64f1c8e78dbe42cc\") { ... on Document { title date caseNumbers } } }")
				.path("node.date").entity(String.class).isEqualTo("2026-04-13")
				.path("node.caseNumbers").entityList(String.class).contains("Sagsnummer i F2: 2026-8340", "Dokumentnummer i F2: 10643749");
	}

	// ---- networks ----

	@Test
	void bupl_has_partners_through_shared_forums_and_a_place_in_the_hierarchy() {
		var bupl = query("{ node(id: \"org:bupl\") { ... on Organisation { parent { id } children { id } participations { forum { id } initiative { id } } partners { organisation { id } via { id } } } } }");
		bupl.path("node.parent").valueIsNull();
		bupl.path("node.children[*].id").entityList(String.class).contains("org:bupl-aarhus", "org:bupl-hovedstaden");
		var partners = list("{ node(id: \"org:bupl\") { ... on Organisation { partners { organisation { id } via { id } } } } }", "node.partners");
		assertThat(partners).anySatisfy(p -> {
			assertThat(at(p, "organisation.id")).isEqualTo("org:via-uc");
			assertThat(((List<?>) p.get("via")).stream().map(v -> at(v, "id")).toList()).contains("forum:alliancen-paedagogiske-grundlag");
		});
		query("{ node(id: \"org:sof-chro\") { ... on Organisation { parent { id } people { person { name } title } } } }")
				.path("node.parent.id").entity(String.class).isEqualTo("org:kk-sof")
				.path("node.people[*].person.name").entityList(String.class).contains("Tine Kock Nielsen");
	}

	@Test
	void what_partners_share_carries_the_fields_selected_on_each_kind() {
		var partners = list("{ node(id: \"org:bupl\") { ... on Organisation { partners { organisation { id } "
				+ "via { id __typename ... on Forum { name } ... on Initiative { name kind } } } } } }", "node.partners");
		var via = partners.stream().filter(p -> "org:via-uc".equals(at(p, "organisation.id"))).findFirst().orElseThrow().get("via");
		assertThat((List<?>) via).anySatisfy(v -> {
			assertThat(at(v, "__typename")).isEqualTo("Forum");
			assertThat(at(v, "name")).isEqualTo("Alliancen om det pædagogiske grundlag");
		}).anySatisfy(v -> {
			assertThat(at(v, "id")).isEqualTo("initiative:bupl-partnerskab");
			assertThat(at(v, "kind")).isEqualTo("partnership");
			assertThat(at(v, "name")).isEqualTo("Partnerskab om rekruttering og fastholdelse af pædagoger");
		});
	}

	/** The nested lists come in the order their schema descriptions state (front ends show them as they come). */
	@Test
	void nested_lists_come_in_the_order_the_schema_describes() {
		var members = list("{ node(id: \"forum:hovedmed-sof\") { ... on Forum { members { role person { name } } } } }", "node.members");
		// name, then role (no role last, as Cypher sorts nulls)
		assertThat(members).hasSizeGreaterThan(5)
				.extracting(m -> at(m, "person.name") + "\u0000" + java.util.Objects.requireNonNullElse(m.get("role"), "\uffff")).isSorted();
		var memberships = list("{ node(id: \"person:thomas-medom\") { ... on Person { memberships { forum { name } } } } }", "node.memberships");
		assertThat(memberships).hasSizeGreaterThan(1).extracting(m -> (String) at(m, "forum.name")).isSorted();
		var attendance = list("{ node(id: \"meeting:hovedmed-sof-2026-04-24\") { ... on Meeting { attendance { status person { name } } } } }",
				"node.attendance");
		var rank = Map.of("PRESENT", 0, "GUEST", 1, "ABSENT", 2);
		assertThat(attendance).hasSizeGreaterThan(5).extracting(a -> "" + rank.get((String) a.get("status")) + " " + at(a, "person.name")).isSorted();
		assertThat(attendance).extracting(a -> (String) a.get("status")).contains("PRESENT", "ABSENT");
		var meetings = list("{ node(id: \"forum:mbu-raadmandsmoede\") { ... on Forum { meetings { date } } } }", "node.meetings");
		assertThat(meetings).hasSizeGreaterThan(1).extracting(m -> (String) m.get("date"))
				.isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()));
	}

	@Test
	void partners_are_ranked_by_how_much_they_share_and_each_lists_what_it_shares_by_name() {
		var partners = list("{ node(id: \"org:bupl\") { ... on Organisation { partners { organisation { id name } "
				+ "via { id ... on Forum { name } ... on Initiative { name } } } } } }", "node.partners");
		// the truth, straight from the graph: every organisation sharing a forum or initiative, and what it shares
		var shared = new java.util.TreeMap<String, List<String>>();
		neo4j.query("""
				MATCH (:Organisation {id: 'org:bupl'})-[:PARTICIPATES_IN]->(x)<-[:PARTICIPATES_IN]-(a:Organisation)
				WHERE a.id <> 'org:bupl' AND (x:Forum OR x:Initiative)
				WITH DISTINCT a, x ORDER BY x.name RETURN a.id AS a, collect(x.id) AS xs""")
				.fetch().all().forEach(row -> shared.put((String) row.get("a"), (List<String>) row.get("xs")));
		assertThat(shared).hasSizeGreaterThan(3);
		assertThat(partners).extracting(p -> at(p, "organisation.id")).containsExactlyInAnyOrderElementsOf(shared.keySet());
		for (int k = 0; k < partners.size(); k++) {
			var via = (List<?>) partners.get(k).get("via");
			assertThat(via).extracting(v -> at(v, "id")).as("what %s shares", at(partners.get(k), "organisation.id"))
					.containsExactlyInAnyOrderElementsOf(shared.get((String) at(partners.get(k), "organisation.id")));
			assertThat(via).extracting(v -> (String) at(v, "name")).isSortedAccordingTo(java.util.Comparator.naturalOrder());
			if (k > 0) {
				var before = (List<?>) partners.get(k - 1).get("via");
				assertThat(before.size()).isGreaterThanOrEqualTo(via.size());
				if (before.size() == via.size()) {
					assertThat((String) at(partners.get(k - 1), "organisation.name")).isLessThanOrEqualTo((String) at(partners.get(k), "organisation.name"));
				}
			}
		}
		// partners of partners: the nested statement's variables must not collide
		var nested = list("{ node(id: \"org:bupl\") { ... on Organisation { partners { organisation { id "
				+ "partners { organisation { id } via { id } } } } } } }", "node.partners");
		assertThat(nested).isNotEmpty().allSatisfy(p -> assertThat((List<?>) at(p, "organisation.partners")).isNotEmpty());
	}

	@Test
	void a_row_carries_only_what_is_selected_and_still_knows_its_key() {
		// the statement leaves out a row's ends when nothing below needs them …
		var roles = list("{ node(id: \"forum:hovedmed-sof\") { ... on Forum { members { role } } } }", "node.members");
		assertThat(roles).hasSizeGreaterThan(5).allSatisfy(m -> assertThat(m).containsOnlyKeys("role"));
		// … but a field it does not answer itself (the key, read from both ends) gets the whole row
		assertThat(list("{ node(id: \"forum:hovedmed-sof\") { ... on Forum { members { key } } } }", "node.members"))
				.hasSameSizeAs(roles).allSatisfy(m -> assertThat((String) m.get("key")).matches("person:[^|]+\\|MEMBER_OF\\|forum:hovedmed-sof"));
		assertThat(list("{ node(id: \"person:thomas-medom\") { ... on Person { attendance { key } } } }",
				"node.attendance")).isNotEmpty()
				.allSatisfy(a -> assertThat((String) a.get("key")).matches("person:thomas-medom\\|PARTICIPATED_IN\\|meeting:.+"));
		assertThat(list("{ node(id: \"person:thomas-medom\") { ... on Person { affiliations { key } } } }", "node.affiliations"))
				.isNotEmpty()
				.allSatisfy(a -> assertThat((String) a.get("key")).matches("person:thomas-medom\\|AFFILIATED_WITH\\|org:.+"));
		// a participation with only its role: neither end is needed
		assertThat(list("{ node(id: \"forum:strategisk-forum\") { ... on Forum { organisations { role } } } }", "node.organisations"))
				.isNotEmpty().allSatisfy(p -> assertThat(p).containsOnlyKeys("role"));
	}

	@Test
	void poul_erik_philipsen_is_connected_to_thomas_medom_in_three_hops() {
		var path = query("{ path(from: \"person:poul-erik-philipsen\", to: \"person:thomas-medom\") { length nodes { id } edges { from to type } } }");
		path.path("path.length").entity(Integer.class).isEqualTo(3);
		path.path("path.nodes[0].id").entity(String.class).isEqualTo("person:poul-erik-philipsen");
		path.path("path.nodes[3].id").entity(String.class).isEqualTo("person:thomas-medom");
		path.path("path.edges").entityList(Object.class).hasSize(3);
		path.path("path.edges[*].type").entityList(String.class)
				.satisfies(types -> assertThat(types).allMatch(t -> List.of("MEMBER_OF", "AFFILIATED_WITH", "PARTICIPATES_IN", "PARTICIPATED_IN", "PART_OF", "OF").contains(t)));
		query("{ path(from: \"person:poul-erik-philipsen\", to: \"person:thomas-medom\", maxHops: 2) { length } }")
				.path("path").valueIsNull();
		query("{ path(from: \"person:poul-erik-philipsen\", to: \"person:thomas-medom\", maxHops: 50) { length } }")
				.errors().satisfy(e -> assertThat(e.get(0).getMessage()).contains("maxHops must be between 1 and 8"));
	}

	@Test
	void a_network_stays_within_depth_and_limit() {
		var one = query("{ network(center: \"forum:strategisk-forum\") { nodes { id } edges { from to type label } } }");
		var ids = one.path("network.nodes[*].id").entityList(String.class).get();
		assertThat(ids).contains("forum:strategisk-forum", "person:poul-erik-philipsen", "org:via-uc");
		var edges = one.path("network.edges").entityList(Object.class).get();
		assertThat(edges).allSatisfy(e -> {
			assertThat(ids).contains((String) at(e, "from"), (String) at(e, "to"));
		});
		var limited = query("{ network(center: \"forum:strategisk-forum\", depth: 3, limit: 5) { nodes { id } } }")
				.path("network.nodes").entityList(Object.class).get();
		assertThat(limited).hasSize(5);
		query("{ network(center: \"forum:strategisk-forum\", depth: 9) { nodes { id } } }")
				.errors().satisfy(e -> assertThat(e.get(0).getMessage()).contains("depth must be between 1 and 3"));
	}

	@Test
	void nodes_of_a_path_and_a_network_come_as_their_own_kind_with_that_kind_s_fields() {
		String nodes = "nodes { __typename id ... on Person { name } ... on Organisation { name } ... on Forum { name } }";
		var network = list("{ network(center: \"forum:strategisk-forum\") { " + nodes + " } }", "network.nodes");
		var kinds = new HashMap<String, Object>();
		var names = new HashMap<String, Object>();
		network.forEach(n -> {
			kinds.put((String) at(n, "id"), at(n, "__typename"));
			names.put((String) at(n, "id"), at(n, "name"));
		});
		assertThat(kinds).containsEntry("forum:strategisk-forum", "Forum").containsEntry("person:poul-erik-philipsen", "Person")
				.containsEntry("org:via-uc", "Organisation");
		assertThat(names).containsEntry("forum:strategisk-forum", "Strategisk Forum")
				.containsEntry("person:poul-erik-philipsen", "Poul Erik Philipsen").containsEntry("org:via-uc", "VIA UC");
		var path = list("{ path(from: \"person:poul-erik-philipsen\", to: \"person:thomas-medom\") { " + nodes + " } }",
				"path.nodes");
		assertThat(path).first().satisfies(n -> {
			assertThat(at(n, "__typename")).isEqualTo("Person");
			assertThat(at(n, "name")).isEqualTo("Poul Erik Philipsen");
		});
	}

	// ---- sources ----

	@Test
	void facts_carry_the_document_and_lines_they_were_read_from() {
		var membership = list("{ node(id: \"person:katrine-ring\") { ... on Person { sources { document { id } fromLine } memberships { forum { id } sources { document { id title } fromLine toLine } } } } }",
				"node.memberships");
		assertThat(membership).filteredOn(m -> "forum:hovedmed-sof".equals(at(m, "forum.id"))).singleElement()
				.satisfies(m -> assertThat((List<?>) m.get("sources")).anySatisfy(s -> {
					assertThat(at(s, "document.id")).isEqualTo("document:64f1c8e78dbe42cc");
					assertThat((Integer) at(s, "fromLine")).isBetween(28, 30);
				}));
		for (String id : List.of("person:katrine-ring", "org:bupl", "forum:hovedmed-sof", "meeting:hovedmed-sof-2026-04-24",
				"initiative:ud-si01-loft")) {
			assertThat(query("{ node(id: \"" + id + "\") { ... on Person { sources { document { id } } } ... on Organisation { sources { document { id } } } "
					+ "... on Forum { sources { document { id } } } ... on Meeting { sources { document { id } } } ... on Initiative { sources { document { id } } } } }")
					.path("node.sources[*].document.id").entityList(String.class).get()).as(id).isNotEmpty()
					.allMatch(d -> d.startsWith("document:"));
		}
	}

	@Test
	void an_excerpt_quotes_the_cited_lines_when_the_document_text_is_stored() {
		neo4j.query("""
				CREATE (d:Document {id: 'document:test-excerpt', title: 'Referat', caseNumbers: [],
				        text: 'Referat\nDeltagere:\nAda Testesen, formand\nBo Testesen'})
				CREATE (p:Person {id: 'person:test-excerpt-ada', name: 'Ada Testesen', aliases: []})-[:SOURCED_FROM {fromLine: 2, toLine: 3}]->(d)
				CREATE (f:Forum {id: 'forum:test-excerpt', name: 'Testudvalget', aliases: []})
				CREATE (p)-[:MEMBER_OF {role: 'formand', sources: ['document:test-excerpt@3-3', 'document:missing@1-1']}]->(f)
				""").run();
		try {
			query("{ node(id: \"person:test-excerpt-ada\") { ... on Person { sources { excerpt fromLine toLine } memberships { sources { excerpt document { title } } } } } }")
					.path("node.sources[0].excerpt").entity(String.class).isEqualTo("Deltagere:\nAda Testesen, formand")
					.path("node.sources[0].toLine").entity(Integer.class).isEqualTo(3)
					.path("node.memberships[0].sources").entityList(Object.class).hasSize(1)
					.path("node.memberships[0].sources[0].excerpt").entity(String.class).isEqualTo("Ada Testesen, formand");
		}
		finally {
			neo4j.query("MATCH (n) WHERE n.id IN ['document:test-excerpt', 'person:test-excerpt-ada', 'forum:test-excerpt'] DETACH DELETE n").run();
		}
	}

	// ---- search ----

	private List<String> search(String text) {
		return query("{ search(text: \"" + text + "\", first: 5) { node { id } score matched } }")
				.path("search[*].node.id").entityList(String.class).get();
	}

	@Test
	void search_finds_partial_names_and_initials_whatever_the_case() {
		assertThat(search("Medom")).first().isEqualTo("person:thomas-medom");
		assertThat(search("medom")).first().isEqualTo("person:thomas-medom");
		assertThat(search("OKJ")).first().isEqualTo("person:ole-kiil-jacobsen");
		assertThat(search("ole kiil")).first().isEqualTo("person:ole-kiil-jacobsen");
		query("{ search(text: \"OKJ\", first: 1) { matched score } }").path("search[0].matched").entity(String.class).isEqualTo("OKJ");
	}

	@Test
	void a_search_hit_carries_the_fields_selected_on_its_node_whether_or_not_matched_is_asked_for() {
		for (String matched : List.of("", "matched")) {
			var hits = list("{ search(text: \"Medom\", first: 5) { " + matched
					+ " node { __typename id ... on Person { name aliases } ... on Meeting { title date } } } }", "search");
			var thomas = hits.stream().filter(h -> "person:thomas-medom".equals(at(h, "node.id"))).findFirst().orElseThrow();
			assertThat(at(thomas, "node.__typename")).isEqualTo("Person");
			assertThat(at(thomas, "node.name")).isEqualTo("Thomas Medom Hansen");
			assertThat(thomas.get("node")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("aliases");
			if (!matched.isEmpty()) {
				assertThat((String) thomas.get("matched")).contains("Medom");
			}
		}
	}

	@Test
	void search_survives_missing_and_ocr_mangled_danish_letters() {
		assertThat(search("Kobenhavn")).contains("org:koebenhavns-kommune");
		assertThat(search("Kgbenhavn")).contains("org:koebenhavns-kommune");
		assertThat(search("Arhus")).contains("org:aarhus-kommune");
		assertThat(search("Sgberg")).first().isEqualTo("person:mette-soeberg");
		assertThat(search("Soberg")).first().isEqualTo("person:mette-soeberg");
		assertThat(search("hgj")).contains("person:lars-lynghoej");
	}

	@Test
	void search_kinds_restrict_the_hits_and_user_text_is_never_lucene_syntax() {
		assertThat(query("{ search(text: \"Kobenhavn\", kinds: [ORGANISATION], first: 10) { node { __typename } } }")
				.path("search[*].node.__typename").entityList(String.class).get()).isNotEmpty().containsOnly("Organisation");
		String q = "query($t: String!) { search(text: $t) { node { id } } }";
		graphQl.document(q).variable("t", "Medom~ AND (* OR \") NOT").execute().errors().verify();
		graphQl.document(q).variable("t", "Thomas (Medom)*").execute().errors().verify()
				.path("search[0].node.id").entity(String.class).isEqualTo("person:thomas-medom");
	}

	// ---- abuse limits ----

	@Test
	void oversized_pages_deep_queries_and_alias_floods_are_refused_with_a_clear_error() {
		query("{ people(first: 5000) { totalCount } }").errors()
				.satisfy(e -> assertThat(e.get(0).getMessage()).contains("first must be between 0 and 100"));
		query("{ people(first: 1, after: \"not-a-cursor\") { totalCount } }").errors()
				.satisfy(e -> assertThat(e.get(0).getMessage()).contains("Malformed cursor"));
		String deep = "{ node(id: \"forum:strategisk-forum\") { ... on Forum { members { person { memberships { forum { members { person { memberships { forum { members { person { memberships { forum { name } } } } } } } } } } } } } } }";
		query(deep).errors().satisfy(e -> assertThat(e.get(0).getMessage()).containsIgnoringCase("depth"));
		var aliases = new StringBuilder("{");
		for (int i = 0; i < 40; i++) {
			aliases.append(" a").append(i).append(": node(id: \"org:bupl\") { id }");
		}
		query(aliases.append(" }").toString()).errors()
				.satisfy(e -> assertThat(e.get(0).getMessage()).contains("aliases"));
	}
}
