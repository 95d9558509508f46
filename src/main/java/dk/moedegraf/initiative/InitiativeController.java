package dk.moedegraf.initiative;

import java.util.List;
import java.util.Map;

import dk.moedegraf.document.NodeSources;
import dk.moedegraf.document.SourceRef;
import dk.moedegraf.meeting.Meeting;
import dk.moedegraf.node.Batch;
import dk.moedegraf.node.Connection;
import dk.moedegraf.node.Filter;
import dk.moedegraf.node.NodeKind;
import dk.moedegraf.node.Pages;
import dk.moedegraf.organisation.Participation;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class InitiativeController {

	private final Neo4jClient neo4j;
	private final Pages pages;
	private final NodeSources sources;

	InitiativeController(Neo4jClient neo4j, Pages pages, NodeSources sources) {
		this.neo4j = neo4j;
		this.pages = pages;
		this.sources = sources;
	}

	record InitiativeFilter(String nameContains, String organisation, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Initiative> initiatives(@Argument Integer first, @Argument String after,
			@Argument InitiativeFilter filter) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			where.nameContains(filter.nameContains(), true)
					.id("organisation", filter.organisation(), "EXISTS { (n)<-[:PARTICIPATES_IN]-(:Organisation {id: $organisation}) }");
		}
		return pages.page(NodeKind.INITIATIVE, where, "name", false, first, after, Initiative.class);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Participation>> organisations(List<Initiative> initiatives) {
		return Batch.byParent(initiatives, Initiative::id, Batch.lists(neo4j,
				"UNWIND $ids AS id MATCH (i:Initiative {id: id})<-[r:PARTICIPATES_IN]-(o:Organisation) WITH id, i, r, o "
						+ "ORDER BY o.name RETURN id AS key, collect({organisation: " + NodeKind.ORGANISATION.project("o") + ", initiative: " + NodeKind.INITIATIVE.project("i") + ", role: r.role}) AS rows",
				Batch.ids(initiatives, Initiative::id), Participation::from));
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Meeting>> discussedAt(List<Initiative> initiatives) {
		return Batch.byParent(initiatives, Initiative::id, Batch.lists(neo4j,
				"UNWIND $ids AS id MATCH (:Initiative {id: id})<-[:CONCERNS]-(:AgendaItem)<-[:HAS_ITEM]-(m:Meeting) "
						+ "WITH DISTINCT id, m ORDER BY m.date IS NULL, m.date DESC, m.id RETURN id AS key, collect(" + NodeKind.MEETING.project("m") + ") AS rows",
				Batch.ids(initiatives, Initiative::id), Meeting::from));
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<SourceRef>> sources(List<Initiative> initiatives) {
		return sources.forParents(NodeKind.INITIATIVE, initiatives, Initiative::id);
	}

}
