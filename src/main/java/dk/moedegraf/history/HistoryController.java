package dk.moedegraf.history;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dk.moedegraf.model.Document;
import dk.moedegraf.model.Forum;
import dk.moedegraf.model.Initiative;
import dk.moedegraf.model.Meeting;
import dk.moedegraf.query.Batch;
import dk.moedegraf.query.Reads;
import dk.moedegraf.security.ContactData;
import dk.moedegraf.model.Organisation;
import dk.moedegraf.model.Person;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Reads of the edit log: an entity's history (one statement for all parents) and the change feed. */
@Controller
class HistoryController {

	private static final int MAX_FIRST = 1000;

	record ChangeEdge(EditLog.Change node, String cursor, OffsetDateTime at, String actor, String operation, String reason) {
	}

	record PageInfo(boolean hasNextPage, String endCursor) {
	}

	record ChangeConnection(List<ChangeEdge> edges, PageInfo pageInfo) {
	}

	private final Neo4jClient neo4j;
	private final Reads reads;

	HistoryController(Neo4jClient neo4j, Reads reads) {
		this.neo4j = neo4j;
		this.reads = reads;
	}

	@QueryMapping
	ChangeConnection changes(@Argument String after, @Argument Integer first) {
		int size = first == null ? 100 : first;
		if (size < 0 || size > MAX_FIRST) {
			throw new IllegalArgumentException("first must be between 0 and " + MAX_FIRST + ", was " + size);
		}
		List<ChangeEdge> edges = page(decode(after), size + 1);
		boolean more = edges.size() > size;
		List<ChangeEdge> page = edges.subList(0, Math.min(size, edges.size()));
		return new ChangeConnection(page, new PageInfo(more, page.isEmpty() ? after : page.get(page.size() - 1).cursor()));
	}

	/**
	 * The same feed, live (GraphQL over SSE: POST /graphql with {@code Accept: text/event-stream}): every change
	 * after the cursor, then each new one as it is committed. The log is read every {@link #POLL} from the last
	 * cursor sent, so edits written by another instance or the import command arrive too; a subscriber costs one
	 * indexed read per poll.
	 */
	@SubscriptionMapping("changes")
	Flux<ChangeEdge> liveChanges(@Argument String after) {
		AtomicReference<long[]> cursor = new AtomicReference<>(decode(after));
		return Flux.interval(Duration.ZERO, POLL, Schedulers.boundedElastic())
				// a slow poll skips the ticks it overran instead of queueing them
				.onBackpressureDrop()
				.concatMapIterable(tick -> {
					List<ChangeEdge> edges = page(cursor.get(), MAX_FIRST);
					if (!edges.isEmpty()) {
						EditLog.Change last = edges.get(edges.size() - 1).node();
						cursor.set(new long[] { last.seq(), last.index() });
					}
					return edges;
				}, 1);
	}

	private static final Duration POLL = Duration.ofSeconds(1);

	/** Up to {@code limit} changes after the cursor {@code from} ({seq, index}), in log order. */
	private List<ChangeEdge> page(long[] from, int limit) {
		return new ArrayList<>(neo4j.query("""
				MATCH (c:Change) WHERE c.seq > $seq OR (c.seq = $seq AND c.i > $i)
				WITH c ORDER BY c.seq, c.i LIMIT $limit
				MATCH (e:Edit {seq: c.seq})
				RETURN c {.*} AS c, e {.*} AS e""")
				.bindAll(Map.of("seq", from[0], "i", from[1], "limit", limit))
				.fetchAs(ChangeEdge.class)
				.mappedBy((t, r) -> {
					EditLog.Change c = EditLog.Change.from(r.get("c"));
					Value e = r.get("e");
					return new ChangeEdge(c, encode(c.seq(), c.index()), e.get("at").asOffsetDateTime(), e.get("actor").asString(),
							e.get("operation").asString(), e.get("reason").asString(""));
				}).all());
	}

	// The log quotes what documents and editors wrote: contact data in it is for editors' eyes only, as in
	// excerpts. Field by field, so the live feed (whose items are resolved on another thread, with the
	// caller's security context restored by Spring for GraphQL) is masked like the query and history.

	@SchemaMapping(typeName = "Change", field = "before")
	String before(EditLog.Change change) {
		return ContactData.forCurrentReader(change.before());
	}

	@SchemaMapping(typeName = "Change", field = "after")
	String after(EditLog.Change change) {
		return ContactData.forCurrentReader(change.after());
	}

	@SchemaMapping(typeName = "ChangeEdge", field = "reason")
	String edgeReason(ChangeEdge edge) {
		return ContactData.forCurrentReader(edge.reason());
	}

	@SchemaMapping(typeName = "Edit", field = "reason")
	String editReason(EditLog.Edit edit) {
		return ContactData.forCurrentReader(edit.reason());
	}

	@BatchMapping(typeName = "Person", field = "history")
	Map<Person, List<EditLog.Edit>> personHistory(List<Person> parents) {
		return history(parents, Person::id);
	}

	@BatchMapping(typeName = "Organisation", field = "history")
	Map<Organisation, List<EditLog.Edit>> organisationHistory(List<Organisation> parents) {
		return history(parents, Organisation::id);
	}

	@BatchMapping(typeName = "Forum", field = "history")
	Map<Forum, List<EditLog.Edit>> forumHistory(List<Forum> parents) {
		return history(parents, Forum::id);
	}

	@BatchMapping(typeName = "Meeting", field = "history")
	Map<Meeting, List<EditLog.Edit>> meetingHistory(List<Meeting> parents) {
		return history(parents, Meeting::id);
	}

	@BatchMapping(typeName = "Initiative", field = "history")
	Map<Initiative, List<EditLog.Edit>> initiativeHistory(List<Initiative> parents) {
		return history(parents, Initiative::id);
	}

	@BatchMapping(typeName = "Document", field = "history")
	Map<Document, List<EditLog.Edit>> documentHistory(List<Document> parents) {
		return history(parents, Document::id);
	}

	@BatchMapping(typeName = "Document", field = "withdrawn")
	Map<Document, Boolean> withdrawn(List<Document> documents) {
		Map<String, Boolean> found = new HashMap<>();
		neo4j.query("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN id, coalesce(d.withdrawn, false) AS w")
				.bindAll(Batch.ids(documents, Document::id)).fetch().all()
				.forEach(r -> found.put((String) r.get("id"), (Boolean) r.get("w")));
		Map<Document, Boolean> result = new HashMap<>();
		documents.forEach(d -> result.put(d, found.getOrDefault(d.id(), false)));
		return result;
	}

	/** The edits that changed each entity or a fact of it, oldest first, with just those changes. */
	private <K> Map<K, List<EditLog.Edit>> history(List<K> parents, Function<K, String> id) {
		return Batch.byParent(parents, id, reads.lists("""
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (c:Change) WHERE c.subject = id OR c.from = id OR c.to = id
				  RETURN c
				}
				WITH id, c ORDER BY c.seq, c.i
				WITH id, c.seq AS seq, collect(c {.*}) AS changes
				MATCH (e:Edit {seq: seq})
				WITH id, e, changes ORDER BY e.seq
				RETURN id AS key, collect({edit: e {.*}, changes: changes}) AS rows""",
				Batch.ids(parents, id),
				v -> EditLog.Edit.from(v.get("edit"), v.get("changes").asList(EditLog.Change::from))));
	}

	private static String encode(long seq, int index) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((seq + ":" + index).getBytes(StandardCharsets.UTF_8));
	}

	private static long[] decode(String cursor) {
		if (cursor == null) {
			return new long[] { 0, -1 };
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
			return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Malformed cursor '" + cursor + "': pass a cursor that changes returned.");
		}
	}
}
