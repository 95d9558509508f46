package dk.moedegraf.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.moedegraf.document.NodeSources;
import dk.moedegraf.document.SourceRef;
import dk.moedegraf.forum.Forum;
import dk.moedegraf.node.Batch;
import dk.moedegraf.node.Connection;
import dk.moedegraf.node.Filter;
import dk.moedegraf.node.NodeKind;
import dk.moedegraf.node.Pages;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class MeetingController {

	private final Neo4jClient neo4j;
	private final Pages pages;
	private final NodeSources sources;

	MeetingController(Neo4jClient neo4j, Pages pages, NodeSources sources) {
		this.neo4j = neo4j;
		this.pages = pages;
		this.sources = sources;
	}

	record MeetingFilter(String forum, LocalDate from, LocalDate to, String attendee, java.time.OffsetDateTime modifiedSince) {
	}

	@QueryMapping
	Connection<Meeting> meetings(@Argument Integer first, @Argument String after, @Argument MeetingFilter filter) {
		var where = new Filter();
		if (filter != null) {
			where.modifiedSince(filter.modifiedSince());
			where.id("forum", filter.forum(), "EXISTS { (n)-[:OF]->(:Forum {id: $forum}) }")
					.value("from", filter.from(), "n.date >= $from")
					.value("to", filter.to(), "n.date <= $to")
					.id("attendee", filter.attendee(), "EXISTS { (:Person {id: $attendee})-[:PARTICIPATED_IN]->(n) }");
		}
		return pages.page(NodeKind.MEETING, where, "date", true, first, after, Meeting.class);
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, Forum> forum(List<Meeting> meetings) {
		return Batch.firstByParent(meetings, Meeting::id, Batch.lists(neo4j,
				"UNWIND $ids AS id MATCH (:Meeting {id: id})-[o:OF]->(f:Forum) WITH id, f "
						+ "ORDER BY coalesce(o.primary, false) DESC, f.name RETURN id AS key, collect(" + NodeKind.FORUM.project("f") + ")[0..1] AS rows",
				Batch.ids(meetings, Meeting::id), Forum::from));
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<Attendance>> attendance(List<Meeting> meetings) {
		return Batch.byParent(meetings, Meeting::id, Batch.lists(neo4j,
				"UNWIND $ids AS id MATCH (m:Meeting {id: id})<-[r:PARTICIPATED_IN]-(p:Person) WITH id, m, r, p ORDER BY "
						+ Attendance.ORDER + " RETURN id AS key, collect(" + Attendance.ROW + ") AS rows",
				Batch.ids(meetings, Meeting::id), Attendance::from));
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<AgendaItem>> agenda(List<Meeting> meetings) {
		return Batch.byParent(meetings, Meeting::id, Batch.lists(neo4j,
				"UNWIND $ids AS id MATCH (:Meeting {id: id})-[:HAS_ITEM]->(a:AgendaItem) "
						+ "WITH id, a ORDER BY a.order, a.number, a.title RETURN id AS key, collect({number: a.number, "
						+ "title: a.title, decision: a.decision, "
						+ "initiatives: COLLECT { MATCH (a)-[:CONCERNS]->(i:Initiative) RETURN " + NodeKind.INITIATIVE.project("i") + " ORDER BY i.name }}) AS rows",
				Batch.ids(meetings, Meeting::id), AgendaItem::from));
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, List<SourceRef>> sources(List<Meeting> meetings) {
		return sources.forParents(NodeKind.MEETING, meetings, Meeting::id);
	}

}
