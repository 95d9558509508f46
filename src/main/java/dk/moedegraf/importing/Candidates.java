package dk.moedegraf.importing;

import static dk.moedegraf.importing.ImportWrite.row;

import dk.moedegraf.names.Fold;
import dk.moedegraf.names.NameKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.neo4j.core.Neo4jClient;
import dk.moedegraf.importing.Resolver.Known;
import java.util.Collection;

/**
 * What an import looks up before it resolves, through indexes and never by a scan of a label: locks on the
 * document's names, the graph's candidates for them, and how strongly the document ties to a candidate.
 */
final class Candidates {

	private final Neo4jClient neo4j;

	private final Extraction x;

	private final String documentId;

	/** Every candidate seen, by id: the resolver's choice is reported with the name and forms it already has. */
	final Map<String, Known> known = new HashMap<>();

	Candidates(Neo4jClient neo4j, Extraction x, String documentId) {
		this.neo4j = neo4j;
		this.x = x;
		this.documentId = documentId;
	}

	/** How strongly the document ties to a node: read from it before, or the home of its people. */
	int contextScore(String id, Collection<String> personIds) {
		long sameDocument = neo4j.query("MATCH (n {id: $id})-[:SOURCED_FROM]->(:Document {id: $doc}) RETURN count(*) AS c")
			.bindAll(row("id", id, "doc", documentId)).fetchAs(Long.class).mappedBy((t, r) -> r.get("c").asLong()).one().orElse(0L);
		long people = neo4j.query("""
				MATCH (n {id: $id})
				OPTIONAL MATCH (p:Person)-[]->(n) WHERE p.id IN $people
				WITH n, count(DISTINCT p) AS direct
				OPTIONAL MATCH (q:Person)-[:PARTICIPATED_IN]->(:Meeting)-[:OF]->(n) WHERE q.id IN $people
				WITH direct, count(DISTINCT q) AS viaMeetings
				RETURN direct + viaMeetings AS c""")
			.bindAll(row("id", id, "people", List.copyOf(personIds)))
			.fetchAs(Long.class).mappedBy((t, r) -> r.get("c").asLong()).one().orElse(0L);
		return (int) (sameDocument * 1000 + people);
	}

	/**
	 * The ties of the given people, in ONE statement ({@link Resolver.PersonTies}): read from this document or vouched
	 * for by an editor (created or corrected, {@code curatedKeys}, or merged into), the forums
	 * each sat or met in, the organisations each sat for or worked at (parties left out).
	 */
	Map<String, Resolver.PersonTies> personTies(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, Resolver.PersonTies> out = new HashMap<>();
		neo4j.query("""
				MATCH (p:Person) WHERE p.id IN $ids
				WITH p, [(p)-[:MEMBER_OF]->(f:Forum) | f] + [(p)-[:PARTICIPATED_IN]->(:Meeting)-[:OF]->(f:Forum) | f] AS forums,
				     [(p)-[:AFFILIATED_WITH]->(o:Organisation) WHERE coalesce(o.kind, '') <> 'party' | o]
				     + COLLECT { MATCH (p)-[r:MEMBER_OF|PARTICIPATED_IN]->() WHERE r.onBehalfOf IS NOT NULL
				                 MATCH (o:Organisation {id: r.onBehalfOf}) WHERE coalesce(o.kind, '') <> 'party' RETURN o } AS orgs
				RETURN p.id AS id, EXISTS { (p)-[:SOURCED_FROM]->(:Document {id: $doc}) } OR p.curatedKeys IS NOT NULL
				       OR EXISTS { MATCH (m:Merged {mergedInto: p.id}) } AS vouched,
				       [f IN forums | f.id] AS forums, [f IN forums | f.name] AS forumNames,
				       [o IN orgs | o.id] AS orgs, [o IN orgs | o.name] AS orgNames""")
			.bindAll(row("ids", List.copyOf(ids), "doc", documentId))
			.fetch()
			.all()
			.forEach(r -> out.put((String) r.get("id"), new Resolver.PersonTies((Boolean) r.get("vouched"), strings(r.get("forums")),
					strings(r.get("forumNames")), strings(r.get("orgs")), strings(r.get("orgNames")))));
		return out;
	}

	private static Set<String> strings(Object list) {
		Set<String> out = new java.util.HashSet<>();
		if (list instanceof Collection<?> c) {
			c.stream().filter(java.util.Objects::nonNull).forEach(v -> out.add(v.toString()));
		}
		return out;
	}

	/** The written forms of each entity of a label, with its budget code (initiatives) as the last element. */
	private List<List<String>> forms(String label) {
		List<List<String>> out = new ArrayList<>();
		switch (label) {
			case "Person" -> x.people().forEach(p -> out.add(forms(p.name(), p.aliases(), null)));
			case "Organisation" -> x.organisations().forEach(o -> out.add(forms(o.name(), o.aliases(), null)));
			case "Forum" -> x.forums().forEach(f -> out.add(forms(f.name(), f.aliases(), null)));
			default -> x.initiatives().forEach(i -> out.add(forms(i.name(), i.aliases(), i.code())));
		}
		return out;
	}

	private static List<String> forms(String name, List<String> aliases, String code) {
		List<String> f = new ArrayList<>(NameKeys.forms(name, aliases));
		f.add(code);
		return f;
	}

	/**
	 * Takes the locks of all the document's names (sorted, so two imports take shared ones in the same
	 * order) before anything is looked up: an import that could resolve one of them the same way waits
	 * for this one to commit, and then sees what it wrote.
	 */
	void lock() {
		Set<String> keys = new TreeSet<>();
		for (String label : NameKeys.LABELS) {
			for (List<String> f : forms(label)) {
				keys.addAll(NameKeys.locks(label, f.subList(0, f.size() - 1), f.get(f.size() - 1)));
			}
		}
		neo4j.query("UNWIND $keys AS k MERGE (l:ResolutionLock {key: k}) DELETE l")
			.bindAll(row("keys", List.copyOf(keys)))
			.run();
	}

	/**
	 * The nodes of a label the resolver must see, in ONE statement: those holding a key of the document's
	 * names (for people also the near misses, fuzzily), and those holding an id a new node would get.
	 * Oldest first (internal id order, as a scan of the label gives them): among equally likely nodes
	 * the resolver takes the first.
	 */
	List<Known> of(String label) {
		Set<String> queries = new TreeSet<>();
		Set<String> slugs = new TreeSet<>();
		String prefix = switch (label) {
			case "Person" -> "person:";
			case "Organisation" -> "org:";
			case "Forum" -> "forum:";
			default -> "initiative:";
		};
		for (List<String> f : forms(label)) {
			List<String> names = f.subList(0, f.size() - 1);
			String code = f.get(f.size() - 1);
			List<String> keys = label.equals("Person") ? NameKeys.personLookup(names) : NameKeys.named(names, code);
			keys.forEach(k -> queries.add(NameKeys.exact(k)));
			if (label.equals("Person") && NameKeys.nearMiss(names.get(0)) != null) {
				queries.add(NameKeys.nearMiss(names.get(0)));
			}
			slugs.add(prefix + Fold.slug(names.get(0)));
		}
		if (queries.isEmpty()) {
			return List.of();
		}
		List<Known> list = new ArrayList<>(neo4j.query("""
				CALL {
				  UNWIND $queries AS q
				  CALL db.index.fulltext.queryNodes($index, q) YIELD node
				  RETURN node
				  UNION
				  UNWIND $slugs AS s
				  MATCH (node:%1$s {id: s})
				  RETURN node
				  UNION
				  UNWIND $slugs AS s
				  MATCH (node:%1$s) WHERE node.id STARTS WITH s + '-' AND substring(node.id, size(s) + 1) =~ '[0-9]+'
				  RETURN node
				}
				RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, node.code AS code,
				       [(o:Organisation)-[:PARTICIPATES_IN {role: 'host'}]->(node) | o.id] AS hosts
				ORDER BY id(node)""".formatted(label))
			.bindAll(row("queries", List.copyOf(queries), "index", NameKeys.index(label), "slugs", List.copyOf(slugs)))
			.fetchAs(Known.class)
			.mappedBy((t, r) -> new Known(r.get("id").asString(), r.get("name").asString(r.get("id").asString()),
					r.get("aliases").asList(v -> v.asString(""), List.of()), r.get("code").asString(null),
					r.get("hosts").asList(v -> v.asString(""), List.of())))
			.all());
		list.forEach(k -> known.put(k.id(), k));
		return list;
	}
}
