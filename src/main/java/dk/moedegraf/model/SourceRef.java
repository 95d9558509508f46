package dk.moedegraf.model;

import java.util.List;

import org.neo4j.driver.Value;

/** Where a fact was read: the document and, when known, the lines and their text. */
public record SourceRef(Document document, String excerpt, Integer fromLine, Integer toLine) {

	/**
	 * Cypher for the sources of a relationship {@code rel}, whose {@code sources} property lists
	 * {@code "<documentId>@<from>-<to>"}. Only the cited lines of the document text leave the database.
	 */
	public static String ofRelationship(String rel) {
		return "[y IN [x IN [s IN coalesce(" + rel + ".sources, []) | {doc: split(s, '@')[0], span: split(split(s, '@')[1], '-')}] "
				+ "| head(COLLECT { MATCH (d:Document {id: x.doc}) RETURN {document: " + NodeKind.DOCUMENT.project("d") + ", "
				+ "fromLine: toInteger(x.span[0]), toLine: toInteger(x.span[1]), "
				+ "lines: split(d.text, '\\n')[toInteger(x.span[0]) - 1 .. toInteger(x.span[1])]} })] WHERE y IS NOT NULL]";
	}

	/** Cypher for the sources of a node {@code n}: its SOURCED_FROM edges. */
	public static String ofNode(String n) {
		return "[(" + n + ")-[s:SOURCED_FROM]->(d:Document) | {document: " + NodeKind.DOCUMENT.project("d") + ", fromLine: s.fromLine, toLine: s.toLine, "
				+ "lines: split(d.text, '\\n')[s.fromLine - 1 .. s.toLine]}]";
	}

	/** Reads the list the two fragments above produce; references to missing documents are dropped. */
	public static List<SourceRef> read(Value list) {
		if (list == null || list.isNull()) {
			return List.of();
		}
		return list.asList(SourceRef::readOne).stream().filter(java.util.Objects::nonNull).toList();
	}

	/** One element of those lists, or null when its document is missing. */
	static SourceRef readOne(Value v) {
		if (v.get("document").isNull()) {
			return null;
		}
		return new SourceRef(Document.from(v.get("document")),
				v.get("lines").isNull() ? null : String.join("\n", v.get("lines").asList(Value::asString)),
				v.get("fromLine").isNull() ? null : v.get("fromLine").asInt(),
				v.get("toLine").isNull() ? null : v.get("toLine").asInt());
	}
}
