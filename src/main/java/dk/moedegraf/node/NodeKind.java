package dk.moedegraf.node;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import dk.moedegraf.document.Document;
import dk.moedegraf.forum.Forum;
import dk.moedegraf.initiative.Initiative;
import dk.moedegraf.meeting.Meeting;
import dk.moedegraf.organisation.Organisation;
import dk.moedegraf.person.Person;
import org.neo4j.driver.types.MapAccessor;

/**
 * The entity kinds behind the GraphQL {@code Node} interface: the id prefix, the Neo4j label, and how a
 * node becomes the record the schema maps. Ids look like {@code person:thomas-medom}; clients treat them
 * as opaque, the server reads the kind from the prefix so a lookup is one index seek.
 */
public enum NodeKind {

	PERSON("person", "Person", Person::from),
	ORGANISATION("org", "Organisation", Organisation::from),
	FORUM("forum", "Forum", Forum::from),
	MEETING("meeting", "Meeting", Meeting::from),
	INITIATIVE("initiative", "Initiative", Initiative::from),
	DOCUMENT("document", "Document", Document::from);

	private final String prefix;
	private final String label;
	private final Function<MapAccessor, Object> mapper;

	NodeKind(String prefix, String label, Function<MapAccessor, Object> mapper) {
		this.prefix = prefix;
		this.label = label;
		this.mapper = mapper;
	}

	public String label() {
		return label;
	}

	public Object toRecord(MapAccessor node) {
		return mapper.apply(node);
	}

	/** The kind an id belongs to; empty when the id is not one of ours. */
	public static Optional<NodeKind> ofId(String id) {
		if (id == null || id.length() > 300 || id.chars().anyMatch(Character::isWhitespace)) {
			return Optional.empty();
		}
		int colon = id.indexOf(':');
		if (colon <= 0 || colon == id.length() - 1) {
			return Optional.empty();
		}
		String prefix = id.substring(0, colon);
		return Arrays.stream(values()).filter(k -> k.prefix.equals(prefix)).findFirst();
	}

	/** The kind of a node by its labels; empty for nodes that are not entities (agenda items, bookkeeping). */
	public static Optional<NodeKind> ofLabels(Iterable<String> labels) {
		for (String l : labels) {
			for (NodeKind k : values()) {
				if (k.label.equals(l)) {
					return Optional.of(k);
				}
			}
		}
		return Optional.empty();
	}

	public static NodeKind require(String id) {
		return ofId(id).orElseThrow(() -> new InvalidIdException(id));
	}
}
