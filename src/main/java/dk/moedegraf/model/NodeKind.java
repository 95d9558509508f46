package dk.moedegraf.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.types.MapAccessor;

/**
 * The entity kinds behind the GraphQL {@code Node} interface: the id prefix, the Neo4j label, and how a
 * node becomes the record the schema maps. Ids look like {@code person:thomas-medom}; clients treat them
 * as opaque, the server reads the kind from the prefix so a lookup is one index seek.
 */
public enum NodeKind {

	PERSON("person", "Person", ".id, .name, .aliases", Person::from),
	ORGANISATION("org", "Organisation", ".id, .name, .aliases", Organisation::from),
	FORUM("forum", "Forum", ".id, .name, .aliases", Forum::from),
	MEETING("meeting", "Meeting", ".id, .title, .date, .startsAt, .endsAt, .location", Meeting::from),
	INITIATIVE("initiative", "Initiative", ".id, .name, .aliases, .kind, .code", Initiative::from),
	DOCUMENT("document", "Document", ".id, .title, .date, .caseNumbers, .kind, .source", Document::from);

	private final String prefix;
	private final String label;
	private final String fields;
	private final Function<MapAccessor, Object> mapper;
	private final List<String> scalars;

	NodeKind(String prefix, String label, String fields, Function<MapAccessor, Object> mapper) {
		this.prefix = prefix;
		this.label = label;
		this.fields = fields;
		this.mapper = mapper;
		this.scalars = Arrays.stream(fields.split(",")).map(f -> f.trim().substring(1)).toList();
	}

	/** The record's fields that are node properties of the same name, {@code id} first. */
	public List<String> scalarFields() {
		return scalars;
	}

	/**
	 * A map projection of the node in {@code variable} with just what the record needs: rows then carry
	 * no search text or document bodies, which would otherwise travel with every row.
	 */
	public String project(String variable) {
		return variable + " {" + fields + "}";
	}

	/** The GraphQL type of the records: the same word as the label. */
	public String typeName() {
		return label;
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

	public static NodeKind require(String id) {
		return ofId(id).orElseThrow(() -> new InvalidIdException(id));
	}
}
