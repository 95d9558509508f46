package dk.moedegraf.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.model.NodeKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The keys under which the resolver finds candidates in the graph. Each node of a resolved kind stores
 * {@code keys} (a full-text index per label, keyword analyzer, one term per key); an import looks up the
 * keys of all its names at once and gives the resolver only the nodes found. For every rule the resolver
 * merges on, two forms that satisfy it share a key, so the nodes found are all the nodes the rule could
 * match (plus a few it then rejects):
 * <ul>
 * <li>{@code =} the folded name: the same name or alias;</li>
 * <li>{@code ~} the words' {@link Fold#nameSkeleton skeletons}: the same name but for OCR damage or a doubled letter;</li>
 * <li>{@code p} first word and one later word: a name with middle or last names left out; with an initial
 * only ("Ole K."), {@code i} first word and the initial of each later word, {@code s} the short form's
 * own (stored by short forms only, so a full name finds them without finding every namesake);</li>
 * <li>{@code o} the words in sorted order, {@code b} the {@link Fold#ocrSkeleton OCR skeleton}: organisations,
 * forums and initiatives named in another order or OCR-damaged; {@code c} a budget code.</li>
 * </ul>
 * The near miss the resolver only warns about (edit distance 2) is looked up fuzzily on the {@code =} key.
 */
public final class NameKeys {

	/** The labels the resolver matches, each with a full-text index on {@code keys} (V120). */
	public static final List<String> LABELS = List.of("Person", "Organisation", "Forum", "Initiative");

	private NameKeys() {
	}

	/** The index that holds a label's keys. */
	public static String index(String label) {
		return label.toLowerCase(java.util.Locale.ROOT) + "_keys";
	}

	/** What a node of this label stores, from its name, aliases and (initiatives) budget code. */
	public static List<String> of(String label, String name, List<String> aliases, String code) {
		List<String> forms = forms(name, aliases);
		return label.equals("Person") ? person(forms) : named(forms, code);
	}

	/**
	 * Gives every node of the resolved kinds whose keys are missing or stale its keys; the import and
	 * curation write them themselves, so this is for a graph written by other means: the seed graph when it
	 * is loaded, a database filled by cypher-shell ({@code java -jar moedegraf.jar reindex}). Reads every
	 * node of the four kinds: never at a plain start.
	 *
	 * @return how many nodes got new keys
	 */
	public static int refresh(Driver driver) {
		int changed = 0;
		try (var session = driver.session()) {
			for (String label : LABELS) {
				changed += session.executeWrite(tx -> write((c, p) -> tx.run(c, p).list(), label,
						tx.run("MATCH (n:" + label + ") RETURN " + COLUMNS).list()));
			}
		}
		return changed;
	}

	/**
	 * Rewrites the keys of the entities with these ids whose keys are stale, in the writer's transaction
	 * ({@code tx} runs one statement in it): whoever writes a name or aliases calls it, so the next import
	 * resolves the written name to that node. Ids of other kinds are skipped; one statement per label to
	 * read, one to write.
	 *
	 * @return how many nodes got new keys
	 */
	public static int update(Statements tx, Collection<String> ids) {
		int changed = 0;
		Map<String, Set<String>> byLabel = new java.util.HashMap<>();
		ids.forEach(id -> NodeKind.ofId(id).map(NodeKind::label).filter(LABELS::contains)
				.ifPresent(label -> byLabel.computeIfAbsent(label, l -> new TreeSet<>()).add(id)));
		for (var e : byLabel.entrySet()) {
			// the label comes from our own enum, never from the caller
			changed += write(tx, e.getKey(), tx.run("UNWIND $ids AS id MATCH (n:" + e.getKey() + " {id: id}) RETURN " + COLUMNS,
					Map.of("ids", List.copyOf(e.getValue()))));
		}
		return changed;
	}

	/** Runs one statement in the writer's transaction: a driver transaction, or Spring's client in one. */
	@FunctionalInterface
	public interface Statements {
		List<Record> run(String cypher, Map<String, Object> params);
	}

	private static final String COLUMNS = "n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.code AS code, n.keys AS keys";

	/** Writes the keys of the nodes read with {@link #COLUMNS} whose stored keys differ from their names'. */
	private static int write(Statements tx, String label, List<Record> nodes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Record r : nodes) {
			List<String> keys = of(label, r.get("name").asString(null), r.get("aliases").asList(v -> v.asString(""), List.of()),
					r.get("code").asString(null));
			if (r.get("keys").isNull() || !keys.equals(r.get("keys").asList(Value::asString))) {
				rows.add(Map.of("id", r.get("id").asString(), "keys", keys));
			}
		}
		for (int from = 0; from < rows.size(); from += 10_000) {
			tx.run("UNWIND $rows AS row MATCH (n:" + label + " {id: row.id}) SET n.keys = row.keys",
					Map.of("rows", rows.subList(from, Math.min(rows.size(), from + 10_000))));
		}
		return rows.size();
	}

	/**
	 * A key under which a budget code and its OCR forms meet: UD/SI01 and UD/S101, TVO01 and TV01 (letters
	 * then two or three digits, O read as 0; a leading extra zero of three digits is an O read twice).
	 */
	public static String codeKey(String code) {
		Matcher m = CODE.matcher(code);
		String c = m.matches() && m.group(2).length() == 3 && m.group(2).replace('O', '0').startsWith("00")
				? m.group(1) + m.group(2).substring(1) : code;
		return c.replace('I', '1').replace('L', '1').replace('O', '0');
	}

	private static final Pattern CODE = Pattern.compile("^(.*?)([0-9O]+)$");

	/** What a Person node stores. */
	public static List<String> person(List<String> forms) {
		return person(forms, "i", "s");
	}

	/** What an import looks a written person up by: the stored keys' counterparts. */
	public static List<String> personLookup(List<String> forms) {
		return person(forms, "s", "i");
	}

	/**
	 * {@code each}: the first word with the initial of each later one; {@code own}: the same for the last
	 * initial of a form that has nothing but initials after its first word.
	 */
	private static List<String> person(List<String> forms, String each, String own) {
		Set<String> keys = new TreeSet<>();
		for (String f : forms) {
			List<String> w = skeletons(f);
			common(keys, f, w);
			for (int j = 1; j < w.size(); j++) {
				keys.add(each + w.get(0) + " " + w.get(j).charAt(0));
			}
			if (initialsOnly(f)) {
				keys.add(own + w.get(0) + " " + w.get(w.size() - 1).charAt(0));
			}
		}
		return List.copyOf(keys);
	}

	/** Organisations, forums and initiatives: stored and looked up alike. */
	public static List<String> named(List<String> forms, String code) {
		Set<String> keys = new TreeSet<>();
		for (String f : forms) {
			String k = Fold.key(f);
			if (!k.isEmpty()) {
				keys.add("=" + k);
				keys.add("o" + String.join(" ", new TreeSet<>(List.of(k.split(" ")))));
				keys.add("b" + Fold.ocrSkeleton(k));
			}
		}
		if (code != null && !code.isBlank()) {
			keys.add("c" + codeKey(code));
		}
		return List.copyOf(keys);
	}

	/**
	 * Keys an import locks before it looks anything up, so that two imports that could resolve a name
	 * to the same node run one after the other: any two forms one of the rules above matches share one
	 * (a person's first word; the sorted words or the OCR skeleton of other names; a budget code).
	 */
	public static Set<String> locks(String label, List<String> forms, String code) {
		Set<String> keys = new TreeSet<>();
		for (String f : forms) {
			String k = Fold.key(f);
			if (k.isEmpty()) {
				continue;
			}
			if (label.equals("Person")) {
				keys.add(label + ":" + Fold.nameSkeleton(k.split(" ")[0]));
				List<String> w = skeletons(f);
				if (!w.isEmpty()) {
					keys.add(label + ":" + w.get(0));
				}
			}
			else {
				keys.add(label + ":o" + String.join(" ", new TreeSet<>(List.of(k.split(" ")))));
				keys.add(label + ":b" + Fold.ocrSkeleton(k));
			}
		}
		if (code != null && !code.isBlank()) {
			keys.add(label + ":c" + codeKey(code));
		}
		return keys;
	}

	/** A full-text query that finds exactly the nodes holding this key (keys are letters, digits and spaces). */
	public static String exact(String key) {
		return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** A full-text query for the folded names within two edits of this one: the resolver's near misses. */
	public static String nearMiss(String name) {
		String k = Fold.key(name);
		return k.isEmpty() ? null : "=" + k.replaceAll("([^\\p{L}\\p{N}])", "\\\\$1") + "~2";
	}

	private static void common(Set<String> keys, String form, List<String> w) {
		String k = Fold.key(form);
		if (k.isEmpty() || w.isEmpty()) {
			return;
		}
		keys.add("=" + k);
		keys.add("~" + String.join(" ", w));
		for (int j = 1; j < w.size(); j++) {
			keys.add("p" + w.get(0) + " " + w.get(j));
		}
	}

	/** The skeleton of each word as {@link Fold#words} splits them. */
	private static List<String> skeletons(String form) {
		List<String> out = new ArrayList<>();
		for (String w : Fold.words(form)) {
			out.add(Fold.nameSkeleton(w));
		}
		return out;
	}

	/** "Ole K.", "Ole K. J.": a first name and nothing but initials, which match any word they begin. */
	private static boolean initialsOnly(String form) {
		List<String> w = Fold.words(form);
		return w.size() >= 2 && w.subList(1, w.size()).stream().allMatch(x -> x.length() == 1);
	}

	/** The written forms of a node: its name and aliases, without repeats. */
	public static List<String> forms(String name, List<String> aliases) {
		Set<String> f = new LinkedHashSet<>();
		if (name != null) {
			f.add(name);
		}
		if (aliases != null) {
			f.addAll(aliases);
		}
		return List.copyOf(f);
	}
}
