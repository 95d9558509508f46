package dk.moedegraf.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dk.moedegraf.document.NodeSources;
import dk.moedegraf.document.SourceRef;
import dk.moedegraf.meeting.Meeting;
import dk.moedegraf.node.Batch;
import dk.moedegraf.node.Connection;
import dk.moedegraf.node.Filter;
import dk.moedegraf.node.NodeKind;
import dk.moedegraf.node.Pages;
import dk.moedegraf.organisation.Participation;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ForumController {

	private final Neo4jClient neo4j;
	private final Pages pages;
	private final NodeSources sources;

	ForumController(Neo4jClient neo4j, Pages pages, NodeSources sources) {
		this.neo4j = neo4j;
		this.pages = pages;
		this.sources = sources;
	}

	record ForumFilter(String nameContains, String organisation, String member, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Forum> forums(@Argument Integer first, @Argument String after, @Argument ForumFilter filter) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			where.nameContains(filter.nameContains(), false)
					.id("organisation", filter.organisation(), "EXISTS { (n)<-[:PARTICIPATES_IN]-(:Organisation {id: $organisation}) }")
					.id("member", filter.member(), "EXISTS { (n)<-[:MEMBER_OF]-(:Person {id: $member}) }");
		}
		return pages.page(NodeKind.FORUM, where, "name", false, first, after, Forum.class);
	}

	@SchemaMapping(typeName = "Forum")
	CompletableFuture<List<Membership>> members(Forum forum, @Argument LocalDate at,
			DataLoader<Membership.Key, List<Membership>> forumMembers, DataFetchingEnvironment env) {
		return forumMembers.load(new Membership.Key(forum.id(), at, env.getSelectionSet().contains("sources")));
	}

	@BatchMapping(typeName = "Forum")
	Map<Forum, List<Participation>> organisations(List<Forum> forums) {
		var rows = Batch.lists(neo4j, "UNWIND $ids AS id MATCH (f:Forum {id: id})<-[r:PARTICIPATES_IN]-(o:Organisation) "
				+ "WITH id, f, r, o ORDER BY o.name RETURN id AS key, collect({organisation: " + NodeKind.ORGANISATION.project("o") + ", forum: " + NodeKind.FORUM.project("f") + ", role: r.role}) AS rows",
				Batch.ids(forums, Forum::id), Participation::from);
		return Batch.byParent(forums, Forum::id, rows);
	}

	@BatchMapping(typeName = "Forum")
	Map<Forum, List<Meeting>> meetings(List<Forum> forums) {
		var rows = Batch.lists(neo4j, "UNWIND $ids AS id MATCH (f:Forum {id: id})<-[:OF]-(m:Meeting) "
				+ "WITH id, m ORDER BY m.date IS NULL, m.date DESC, m.id RETURN id AS key, collect(" + NodeKind.MEETING.project("m") + ") AS rows",
				Batch.ids(forums, Forum::id), Meeting::from);
		return Batch.byParent(forums, Forum::id, rows);
	}

	@BatchMapping(typeName = "Forum")
	Map<Forum, List<SourceRef>> sources(List<Forum> forums) {
		return sources.forParents(NodeKind.FORUM, forums, Forum::id);
	}
}
