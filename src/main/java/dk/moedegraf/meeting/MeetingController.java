package dk.moedegraf.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.moedegraf.model.AgendaItem;
import dk.moedegraf.model.Attendance;
import dk.moedegraf.model.Forum;
import dk.moedegraf.model.Meeting;
import dk.moedegraf.model.NodeKind;
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
 * Meetings. A page of meetings is one statement with everything selected below it (the compiled read
 * path); the mappings below answer the same fields for meetings that came from elsewhere, a level at a time.
 */
@Controller
class MeetingController {

	private final Pages pages;
	private final Relations relations;

	MeetingController(Pages pages, Relations relations) {
		this.pages = pages;
		this.relations = relations;
	}

	record MeetingFilter(String forum, LocalDate from, LocalDate to, String attendee, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Meeting> meetings(@Argument Integer first, @Argument String after, @Argument MeetingFilter filter,
			DataFetchingEnvironment env) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			where.id("forum", filter.forum(), "EXISTS { (n)-[:OF]->(:Forum {id: $forum}) }")
					.value("from", filter.from(), "n.date >= $from")
					.value("to", filter.to(), "n.date <= $to")
					.id("attendee", filter.attendee(), "EXISTS { (:Person {id: $attendee})-[:PARTICIPATED_IN]->(n) }");
		}
		return pages.page(NodeKind.MEETING, where, "date", true, first, after, Meeting.class, env);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, Forum> forum(List<Meeting> meetings) {
		return relations.one(NodeKind.MEETING, "forum", meetings, Meeting::id);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<Attendance>> attendance(List<Meeting> meetings) {
		return relations.lists(NodeKind.MEETING, "attendance", meetings, Meeting::id);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<AgendaItem>> agenda(List<Meeting> meetings) {
		return relations.lists(NodeKind.MEETING, "agenda", meetings, Meeting::id);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<SourceRef>> sources(List<Meeting> meetings) {
		return relations.lists(NodeKind.MEETING, "sources", meetings, Meeting::id);
	}
}
