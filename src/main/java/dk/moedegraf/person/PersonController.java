package dk.moedegraf.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dk.moedegraf.document.NodeSources;
import dk.moedegraf.document.SourceRef;
import dk.moedegraf.forum.Membership;
import dk.moedegraf.meeting.Attendance;
import dk.moedegraf.node.Batch;
import dk.moedegraf.node.Connection;
import dk.moedegraf.node.Filter;
import dk.moedegraf.organisation.Affiliation;
import dk.moedegraf.node.NodeKind;
import dk.moedegraf.node.Pages;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

	private final Neo4jClient neo4j;
	private final Pages pages;
	private final NodeSources sources;

	PersonController(Neo4jClient neo4j, Pages pages, NodeSources sources) {
		this.neo4j = neo4j;
		this.pages = pages;
		this.sources = sources;
	}

	record PersonFilter(String nameContains, String memberOf, String affiliatedWith, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument PersonFilter filter) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			where.nameContains(filter.nameContains(), false)
					.id("memberOf", filter.memberOf(), "EXISTS { (n)-[:MEMBER_OF]->(:Forum {id: $memberOf}) }")
					.id("affiliatedWith", filter.affiliatedWith(), "EXISTS { (n)-[:AFFILIATED_WITH]->(:Organisation {id: $affiliatedWith}) }");
		}
		return pages.page(NodeKind.PERSON, where, "name", false, first, after, Person.class);
	}

	@SchemaMapping(typeName = "Person")
	CompletableFuture<List<Membership>> memberships(Person person, @Argument LocalDate at,
			DataLoader<Membership.Key, List<Membership>> personMemberships, DataFetchingEnvironment env) {
		return personMemberships.load(new Membership.Key(person.id(), at, env.getSelectionSet().contains("sources")));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Affiliation>> affiliations(List<Person> people) {
		return Batch.byParent(people, Person::id, Batch.lists(neo4j,
				"UNWIND $ids AS id MATCH (p:Person {id: id})-[r:AFFILIATED_WITH]->(o:Organisation) WITH id, p, r, o "
						+ "ORDER BY o.name RETURN id AS key, collect({person: " + NodeKind.PERSON.project("p") + ", organisation: " + NodeKind.ORGANISATION.project("o") + ", title: r.title}) AS rows",
				Batch.ids(people, Person::id), Affiliation::from));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Attendance>> attendance(List<Person> people) {
		return Batch.byParent(people, Person::id, Batch.lists(neo4j,
				"UNWIND $ids AS id MATCH (p:Person {id: id})-[r:PARTICIPATED_IN]->(m:Meeting) WITH id, p, r, m "
						+ "ORDER BY m.date IS NULL, m.date DESC, m.id RETURN id AS key, collect(" + Attendance.ROW + ") AS rows",
				Batch.ids(people, Person::id), Attendance::from));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<SourceRef>> sources(List<Person> people) {
		return sources.forParents(NodeKind.PERSON, people, Person::id);
	}

}
