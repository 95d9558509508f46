package dk.moedegraf.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dk.moedegraf.model.Affiliation;
import dk.moedegraf.model.Attendance;
import dk.moedegraf.model.Membership;
import dk.moedegraf.model.NodeKind;
import dk.moedegraf.model.Person;
import dk.moedegraf.model.SourceRef;
import dk.moedegraf.query.Connection;
import dk.moedegraf.query.Filter;
import dk.moedegraf.query.Pages;
import dk.moedegraf.query.Relations;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * People. A page of people is one statement with everything selected below it (the compiled read path);
 * the mappings below answer the same fields for people that came from elsewhere, a level at a time.
 */
@Controller
class PersonController {

	private final Pages pages;
	private final Relations relations;

	PersonController(Pages pages, Relations relations) {
		this.pages = pages;
		this.relations = relations;
	}

	record PersonFilter(String nameContains, String memberOf, String affiliatedWith, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument PersonFilter filter,
			DataFetchingEnvironment env) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			where.nameContains(filter.nameContains(), false)
					.id("memberOf", filter.memberOf(), "EXISTS { (n)-[:MEMBER_OF]->(:Forum {id: $memberOf}) }")
					.id("affiliatedWith", filter.affiliatedWith(), "EXISTS { (n)-[:AFFILIATED_WITH]->(:Organisation {id: $affiliatedWith}) }");
		}
		return pages.page(NodeKind.PERSON, where, "name", false, first, after, Person.class, env);
	}

	@SchemaMapping(typeName = "Person")
	CompletableFuture<List<Membership>> memberships(Person person, @Argument LocalDate at,
			DataLoader<Membership.Key, List<Membership>> personMemberships, DataFetchingEnvironment env) {
		return personMemberships.load(new Membership.Key(person.id(), at, env.getSelectionSet().contains("sources")));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Affiliation>> affiliations(List<Person> people) {
		return relations.lists(NodeKind.PERSON, "affiliations", people, Person::id);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Attendance>> attendance(List<Person> people) {
		return relations.lists(NodeKind.PERSON, "attendance", people, Person::id);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<SourceRef>> sources(List<Person> people) {
		return relations.lists(NodeKind.PERSON, "sources", people, Person::id);
	}
}
