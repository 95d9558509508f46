package dk.moedegraf.initiative;

import java.util.List;
import java.util.Map;

import dk.moedegraf.model.Initiative;
import dk.moedegraf.model.Meeting;
import dk.moedegraf.model.NodeKind;
import dk.moedegraf.model.Participation;
import dk.moedegraf.model.SourceRef;
import dk.moedegraf.query.Connection;
import dk.moedegraf.query.Filter;
import dk.moedegraf.query.Pages;
import dk.moedegraf.query.Relations;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Initiatives. A page of initiatives is one statement with everything selected below it (the compiled
 * read path); the mappings below answer the same fields for initiatives that came from elsewhere.
 */
@Controller
class InitiativeController {

	private final Pages pages;
	private final Relations relations;

	InitiativeController(Pages pages, Relations relations) {
		this.pages = pages;
		this.relations = relations;
	}

	record InitiativeFilter(String nameContains, String organisation, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Initiative> initiatives(@Argument Integer first, @Argument String after,
			@Argument InitiativeFilter filter, DataFetchingEnvironment env) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			where.nameContains(filter.nameContains(), true)
					.id("organisation", filter.organisation(), "EXISTS { (n)<-[:PARTICIPATES_IN]-(:Organisation {id: $organisation}) }");
		}
		return pages.page(NodeKind.INITIATIVE, where, "name", false, first, after, Initiative.class, env);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Participation>> organisations(List<Initiative> initiatives) {
		return relations.lists(NodeKind.INITIATIVE, "organisations", initiatives, Initiative::id);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Meeting>> discussedAt(List<Initiative> initiatives) {
		return relations.lists(NodeKind.INITIATIVE, "discussedAt", initiatives, Initiative::id);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<SourceRef>> sources(List<Initiative> initiatives) {
		return relations.lists(NodeKind.INITIATIVE, "sources", initiatives, Initiative::id);
	}
}
