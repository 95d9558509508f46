package dk.moedegraf.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dk.moedegraf.model.Forum;
import dk.moedegraf.model.Meeting;
import dk.moedegraf.model.Membership;
import dk.moedegraf.model.NodeKind;
import dk.moedegraf.model.Participation;
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
 * Forums. A page of forums is one statement with everything selected below it (the compiled read path);
 * the mappings below answer the same fields for forums that came from elsewhere, a level at a time.
 */
@Controller
class ForumController {

	private final Pages pages;
	private final Relations relations;

	ForumController(Pages pages, Relations relations) {
		this.pages = pages;
		this.relations = relations;
	}

	record ForumFilter(String nameContains, String organisation, String member, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Forum> forums(@Argument Integer first, @Argument String after, @Argument ForumFilter filter,
			DataFetchingEnvironment env) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			where.nameContains(filter.nameContains(), false)
					.id("organisation", filter.organisation(), "EXISTS { (n)<-[:PARTICIPATES_IN]-(:Organisation {id: $organisation}) }")
					.id("member", filter.member(), "EXISTS { (n)<-[:MEMBER_OF]-(:Person {id: $member}) }");
		}
		return pages.page(NodeKind.FORUM, where, "name", false, first, after, Forum.class, env);
	}

	@SchemaMapping(typeName = "Forum")
	CompletableFuture<List<Membership>> members(Forum forum, @Argument LocalDate at,
			DataLoader<Membership.Key, List<Membership>> forumMembers, DataFetchingEnvironment env) {
		return forumMembers.load(new Membership.Key(forum.id(), at, env.getSelectionSet().contains("sources")));
	}

	@BatchMapping(typeName = "Forum")
	Map<Forum, List<Participation>> organisations(List<Forum> forums) {
		return relations.lists(NodeKind.FORUM, "organisations", forums, Forum::id);
	}

	@BatchMapping(typeName = "Forum")
	Map<Forum, List<Meeting>> meetings(List<Forum> forums) {
		return relations.lists(NodeKind.FORUM, "meetings", forums, Forum::id);
	}

	@BatchMapping(typeName = "Forum")
	Map<Forum, List<SourceRef>> sources(List<Forum> forums) {
		return relations.lists(NodeKind.FORUM, "sources", forums, Forum::id);
	}
}
