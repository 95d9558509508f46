package dk.moedegraf.history;

import java.util.Map;
import java.util.Optional;

/**
 * What an edit is about: a node (its key is its id) or a relationship other than SOURCED_FROM (its key is
 * {@code from|TYPE|to}: the importer and curation keep at most one relationship of a type between two
 * nodes). A node's SOURCED_FROM edges are part of the node's state, not subjects of their own.
 */
public record Subject(String key, String from, String type, String to) {

	/** Node labels by id prefix; the label is never taken from input, only from this table. */
	private static final Map<String, String> LABELS = Map.of("person", "Person", "org", "Organisation", "forum", "Forum",
			"meeting", "Meeting", "initiative", "Initiative", "document", "Document", "item", "AgendaItem");

	/** The relationship types a subject may have; anything else is refused before it reaches Cypher. */
	static final java.util.Set<String> TYPES = java.util.Set.of("MEMBER_OF", "PARTICIPATED_IN", "AFFILIATED_WITH",
			"PART_OF", "PARTICIPATES_IN", "OF", "HAS_ITEM", "CONCERNS");

	public static Subject node(String id) {
		return new Subject(id, null, null, null);
	}

	public static Subject edge(String from, String type, String to) {
		if (!TYPES.contains(type)) {
			throw new IllegalArgumentException("Unknown fact type '" + type + "'");
		}
		return new Subject(from + "|" + type + "|" + to, from, type, to);
	}

	/** A subject from its key, as the log and the API write it; malformed keys are a client error. */
	public static Subject parse(String key) {
		String[] parts = key.split("\\|", -1);
		if (parts.length == 3) {
			label(parts[0]).orElseThrow(() -> malformed(key));
			label(parts[2]).orElseThrow(() -> malformed(key));
			return edge(parts[0], parts[1], parts[2]);
		}
		if (parts.length == 1 && label(key).isPresent()) {
			return node(key);
		}
		throw malformed(key);
	}

	private static IllegalArgumentException malformed(String key) {
		return new IllegalArgumentException("Malformed id or fact key '" + key
				+ "': an entity id ('person:…') or a fact key 'fromId|TYPE|toId' as history and changes give it.");
	}

	public boolean isEdge() {
		return type != null;
	}

	/** The label of the node with this id, if it is one of ours. */
	public static Optional<String> label(String id) {
		int colon = id == null ? -1 : id.indexOf(':');
		return colon <= 0 ? Optional.empty() : Optional.ofNullable(LABELS.get(id.substring(0, colon)));
	}

	static String requireLabel(String id) {
		return label(id).orElseThrow(() -> new IllegalArgumentException("Malformed id '" + id + "'"));
	}
}
