package dk.moedegraf.generate;

import java.util.Map;

/**
 * Where a generated graph goes: into Neo4j, or only counted and hashed. The generator emits every node before
 * any relationship that touches it; the label follows from the id's prefix ({@link Label}).
 */
interface GraphSink extends AutoCloseable {

	void node(String id, Map<String, Object> properties);

	void relationship(String type, String from, String to, Map<String, Object> properties);

	/** Writes what is still buffered. */
	@Override
	void close();

	/** The labels the generator writes, by id prefix. */
	enum Label {
		PERSON("person", "Person", false), ORGANISATION("org", "Organisation", true), FORUM("forum", "Forum", true),
		MEETING("meeting", "Meeting", false), AGENDA_ITEM("item", "AgendaItem", false),
		INITIATIVE("initiative", "Initiative", true), DOCUMENT("document", "Document", false);

		final String prefix;
		final String name;
		/**
		 * Organisations, forums and initiatives may already be in the database (the seed graph knows Aarhus
		 * Kommune and BUPL): the generated one then joins the existing node instead of failing on its id. The
		 * other kinds get ids no curated node has.
		 */
		final boolean mayExist;

		Label(String prefix, String name, boolean mayExist) {
			this.prefix = prefix;
			this.name = name;
			this.mayExist = mayExist;
		}

		static Label of(String id) {
			String prefix = id.substring(0, id.indexOf(':'));
			for (Label l : values()) {
				if (l.prefix.equals(prefix)) {
					return l;
				}
			}
			throw new IllegalArgumentException("No label for id " + id);
		}
	}
}
