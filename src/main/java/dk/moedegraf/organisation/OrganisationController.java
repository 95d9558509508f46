package dk.moedegraf.organisation;

import java.util.List;
import java.util.Map;

import dk.moedegraf.document.NodeSources;
import dk.moedegraf.document.SourceRef;
import dk.moedegraf.node.Batch;
import dk.moedegraf.node.Connection;
import dk.moedegraf.node.Filter;
import dk.moedegraf.node.NodeKind;
import dk.moedegraf.node.Pages;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class OrganisationController {

	private final Neo4jClient neo4j;
	private final Pages pages;
	private final NodeSources sources;

	OrganisationController(Neo4jClient neo4j, Pages pages, NodeSources sources) {
		this.neo4j = neo4j;
		this.pages = pages;
		this.sources = sources;
	}

	record OrganisationFilter(String nameContains, String partOf, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument Integer first, @Argument String after,
			@Argument OrganisationFilter filter) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			// partOf reaches anywhere below: a centre is part of its forvaltning and of the kommune.
			where.nameContains(filter.nameContains(), false)
					.id("partOf", filter.partOf(), "EXISTS { (n)-[:PART_OF*1..]->(:Organisation {id: $partOf}) }");
		}
		return pages.page(NodeKind.ORGANISATION, where, "name", false, first, after, Organisation.class);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, Organisation> parent(List<Organisation> organisations) {
		return Batch.firstByParent(organisations, Organisation::id, lists(
				"MATCH (n:Organisation {id: id})-[:PART_OF]->(p:Organisation) WITH id, p ORDER BY p.name "
						+ "RETURN id AS key, collect(" + NodeKind.ORGANISATION.project("p") + ")[0..1] AS rows", organisations, Organisation::from));
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Organisation>> children(List<Organisation> organisations) {
		return Batch.byParent(organisations, Organisation::id, lists(
				"MATCH (n:Organisation {id: id})<-[:PART_OF]-(c:Organisation) WITH id, c ORDER BY c.name "
						+ "RETURN id AS key, collect(" + NodeKind.ORGANISATION.project("c") + ") AS rows", organisations, Organisation::from));
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Affiliation>> people(List<Organisation> organisations) {
		return Batch.byParent(organisations, Organisation::id, lists(
				"MATCH (n:Organisation {id: id})<-[r:AFFILIATED_WITH]-(p:Person) WITH id, n, r, p ORDER BY p.name "
						+ "RETURN id AS key, collect({person: " + NodeKind.PERSON.project("p") + ", organisation: " + NodeKind.ORGANISATION.project("n") + ", title: r.title}) AS rows",
				organisations, Affiliation::from));
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Participation>> participations(List<Organisation> organisations) {
		return Batch.byParent(organisations, Organisation::id, lists(
				"MATCH (n:Organisation {id: id})-[r:PARTICIPATES_IN]->(x) WHERE x:Forum OR x:Initiative "
						+ "WITH id, n, r, x ORDER BY x.name RETURN id AS key, collect({organisation: " + NodeKind.ORGANISATION.project("n") + ", role: r.role, "
						+ "forum: CASE WHEN x:Forum THEN " + NodeKind.FORUM.project("x") + " END, "
						+ "initiative: CASE WHEN x:Initiative THEN " + NodeKind.INITIATIVE.project("x") + " END}) AS rows",
				organisations, Participation::from));
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Partner>> partners(List<Organisation> organisations) {
		return Batch.byParent(organisations, Organisation::id, lists(
				"MATCH (n:Organisation {id: id})-[:PARTICIPATES_IN]->(x)<-[:PARTICIPATES_IN]-(p:Organisation) "
						+ "WHERE p <> n AND (x:Forum OR x:Initiative) "
						+ "WITH id, p, x ORDER BY x.name WITH id, p, collect(DISTINCT x) AS via ORDER BY size(via) DESC, p.name "
						+ "RETURN id AS key, collect({organisation: " + NodeKind.ORGANISATION.project("p") + ", via: via}) AS rows",
				organisations, v -> new Partner(Organisation.from(v.get("organisation")),
						v.get("via").asList(x -> NodeKind.ofLabels(x.asNode().labels()).orElseThrow().toRecord(x.asNode())))));
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<SourceRef>> sources(List<Organisation> organisations) {
		return sources.forParents(NodeKind.ORGANISATION, organisations, Organisation::id);
	}

	private <V> Map<String, List<V>> lists(String matchAndReturn, List<Organisation> organisations,
			java.util.function.Function<Value, V> row) {
		return Batch.lists(neo4j, "UNWIND $ids AS id " + matchAndReturn,
				Batch.ids(organisations, Organisation::id), row);
	}
}
