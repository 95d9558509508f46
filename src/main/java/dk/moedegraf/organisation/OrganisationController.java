package dk.moedegraf.organisation;

import java.util.List;
import java.util.Map;

import dk.moedegraf.model.Affiliation;
import dk.moedegraf.model.NodeKind;
import dk.moedegraf.model.Organisation;
import dk.moedegraf.model.Participation;
import dk.moedegraf.model.Partner;
import dk.moedegraf.model.SourceRef;
import dk.moedegraf.query.Connection;
import dk.moedegraf.query.Filter;
import dk.moedegraf.query.Pages;
import dk.moedegraf.query.Reads;
import dk.moedegraf.query.Relations;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Organisations. A page of organisations is one statement with everything selected below it (the
 * compiled read path) except {@code partners}, whose {@code via} may be a forum or an initiative; the
 * mappings below answer the fields for organisations that came from elsewhere, a level at a time.
 */
@Controller
class OrganisationController {

	private final Reads reads;
	private final Pages pages;
	private final Relations relations;

	OrganisationController(Reads reads, Pages pages, Relations relations) {
		this.reads = reads;
		this.pages = pages;
		this.relations = relations;
	}

	record OrganisationFilter(String nameContains, String partOf, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument Integer first, @Argument String after,
			@Argument OrganisationFilter filter, DataFetchingEnvironment env) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			// partOf reaches anywhere below: a centre is part of its forvaltning and of the kommune.
			where.nameContains(filter.nameContains(), false)
					.id("partOf", filter.partOf(), "EXISTS { (n)-[:PART_OF*1..]->(:Organisation {id: $partOf}) }");
		}
		return pages.page(NodeKind.ORGANISATION, where, "name", false, first, after, Organisation.class, env);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, Organisation> parent(List<Organisation> organisations) {
		return relations.one(NodeKind.ORGANISATION, "parent", organisations, Organisation::id);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Organisation>> children(List<Organisation> organisations) {
		return relations.lists(NodeKind.ORGANISATION, "children", organisations, Organisation::id);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Affiliation>> people(List<Organisation> organisations) {
		return relations.lists(NodeKind.ORGANISATION, "people", organisations, Organisation::id);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Participation>> participations(List<Organisation> organisations) {
		return relations.lists(NodeKind.ORGANISATION, "participations", organisations, Organisation::id);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<Partner>> partners(List<Organisation> organisations) {
		return relations.lists(NodeKind.ORGANISATION, "partners", organisations, Organisation::id);
	}

	@BatchMapping(typeName = "Organisation")
	Map<Organisation, List<SourceRef>> sources(List<Organisation> organisations) {
		return relations.lists(NodeKind.ORGANISATION, "sources", organisations, Organisation::id);
	}
}
