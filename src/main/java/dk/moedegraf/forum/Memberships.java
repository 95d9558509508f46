package dk.moedegraf.forum;

import dk.moedegraf.model.Forum;
import dk.moedegraf.model.Membership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.moedegraf.query.Batch;
import dk.moedegraf.query.ReadPath;
import dk.moedegraf.query.Reads;
import dk.moedegraf.query.Selection;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who sits where: memberships of many people, or of many forums, each on its own date, in one statement.
 * Registered as DataLoaders because the {@code at} argument rules out a plain {@code @BatchMapping}.
 */
@Component
public class Memberships {

	/** The DataLoader names: name a controller's {@code DataLoader} parameter after them. */
	public static final String OF_PEOPLE = "personMemberships";
	public static final String OF_FORUMS = "forumMembers";

	/** Valid on {@code k.at}, when given: an unstated bound does not exclude. */
	private static final String VALID_AT = "(k.at IS NULL OR ((r.from IS NULL OR r.from <= k.at) AND (r.to IS NULL OR r.to >= k.at)))";

	private final Reads reads;

	Memberships(Reads reads, BatchLoaderRegistry registry) {
		this.reads = reads;
		registry.<Membership.Key, List<Membership>>forName(OF_PEOPLE)
				.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys,
						"MATCH (p:Person {id: k.id})-[r:MEMBER_OF]->(f:Forum)", "f.name")));
		registry.<Membership.Key, List<Membership>>forName(OF_FORUMS)
				.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys,
						"MATCH (f:Forum {id: k.id})<-[r:MEMBER_OF]-(p:Person)", "p.name")));
	}

	private Map<Membership.Key, List<Membership>> load(Set<Membership.Key> keys, String match, String order) {
		// One row per parent and date, even when the same parent is asked for with and without sources.
		var params = new ArrayList<Map<String, Object>>();
		var seen = new HashSet<String>();
		for (Membership.Key k : keys) {
			if (seen.add(k.key())) {
				var m = new HashMap<String, Object>();
				m.put("key", k.key());
				m.put("id", k.id());
				m.put("at", k.at());
				params.add(m);
			}
		}
		// Sources only when some parent's query selects them: their document look-ups are half the work.
		String row = ReadPath.statement().membership("p", "r", "f",
				keys.stream().anyMatch(Membership.Key::withSources) ? Selection.ALL : Selection.ALL_BUT_SOURCES);
		var rows = reads.lists("UNWIND $keys AS k " + match + " WHERE " + VALID_AT
				+ " WITH k, p, r, f ORDER BY " + order + ", r.role RETURN k.key AS key, collect(" + row + ") AS rows",
				Map.of("keys", params), Membership::from);
		var result = new HashMap<Membership.Key, List<Membership>>();
		keys.forEach(k -> result.put(k, rows.getOrDefault(k.key(), List.of())));
		return result;
	}
}
