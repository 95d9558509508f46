package dk.moedegraf.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

/**
 * What a query selects on one object of one GraphQL type: the input of the compiled read path. Built from
 * graphql-java's look-ahead ({@code DataFetchingFieldSelectionSet}), so it holds only validated field names,
 * aliases and argument values; arguments reach Cypher as parameters, never as text.
 */
public final class Selection {

	/** Every field a record holds and no relation: what a batch loader that sees no selection projects. */
	public static final Selection ALL = new Selection("", List.of(), true, true);

	/** {@link #ALL} but the sources, whose document look-ups are much of a row's cost. */
	public static final Selection ALL_BUT_SOURCES = new Selection("sources", List.of(), true, true);

	/** The type selected on; for {@link #ALL}, the one field left out. */
	private final String type;
	private final List<SelectedField> fields;
	private final boolean all;
	/** Every property of the record, whatever the fields say: below {@link #ALL}, for loaders that see no selection. */
	private final boolean everyProperty;
	/**
	 * {@link #sub} and {@link #relations} are asked again for every row of a list (a meeting's hundred attendances
	 * each ask for their person's selection); the answers never change, so they are kept. Building them anew was an
	 * eighth of what such a request allocated (whole JVM, the embedded database included: 1.75 → 1.54 MB).
	 */
	private final Map<String, Selection> subs = new ConcurrentHashMap<>();
	private volatile Relations relations;

	private record Relations(java.util.Set<String> compiled, List<Relation> list) {
	}

	private Selection(String type, List<SelectedField> fields, boolean all, boolean everyProperty) {
		this.type = type;
		this.fields = fields;
		this.all = all;
		this.everyProperty = everyProperty;
	}

	private Selection(String type, List<SelectedField> fields) {
		this(type, fields, false, false);
	}

	/** The fields under {@code path} (e.g. {@code edges/node}; empty for the field itself) that apply to {@code type}. */
	public static Selection of(DataFetchingEnvironment env, String path, String type) {
		var set = env.getSelectionSet();
		List<SelectedField> roots = path.isEmpty() ? set.getImmediateFields() : set.getFields(path).stream()
				.flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
		return new Selection(type, roots.stream().filter(f -> applies(f, type)).toList());
	}

	private static boolean applies(SelectedField f, String type) {
		return f.getObjectTypeNames().contains(type);
	}

	public boolean has(String name) {
		return all ? !name.equals(type) : fields.stream().anyMatch(f -> f.getName().equals(name));
	}

	/**
	 * Whether a field is selected that is not among {@code answered} (the fields a compiled row answers itself):
	 * its data fetcher may need the whole record. Always, for a loader that sees no selection.
	 */
	boolean beyond(java.util.Set<String> answered) {
		return all || everyProperty
				|| fields.stream().anyMatch(f -> !answered.contains(f.getName()) && !f.getName().equals("__typename"));
	}

	/**
	 * Whether a record must carry its id: it is selected, or a field is that neither a property ({@code properties})
	 * nor a compiled relation ({@code compiled}) answers, whose data fetcher finds its values by the record's id.
	 */
	boolean needsId(List<String> properties, List<Relation> compiled) {
		if (all || everyProperty) {
			return true;
		}
		for (SelectedField f : fields) {
			String name = f.getName();
			boolean answered = name.equals("__typename") || !name.equals("id") && properties.contains(name)
					|| compiled.stream().anyMatch(r -> r.key().equals(f.getResultKey()) && r.name().equals(name));
			if (!answered) {
				return true;
			}
		}
		return false;
	}

	/** Whether the node property {@code name} is to be read: selected, or every property is. */
	boolean reads(String name) {
		return everyProperty || has(name);
	}

	/** The fields selected under every selection of {@code name} (aliases merged): for fields a record holds. */
	public Selection sub(String name, String subType) {
		Selection kept = subs.get(name);
		if (kept != null && kept.type.equals(subType)) {
			return kept;
		}
		Selection sub = selectedBelow(name, subType);
		subs.putIfAbsent(name, sub);
		return sub;
	}

	private Selection selectedBelow(String name, String subType) {
		if (all) {
			return new Selection(subType, List.of(), false, true);
		}
		var merged = new ArrayList<SelectedField>();
		for (SelectedField f : fields) {
			if (f.getName().equals(name)) {
				f.getSelectionSet().getImmediateFields().stream().filter(c -> applies(c, subType)).forEach(merged::add);
			}
		}
		return new Selection(subType, merged);
	}

	/**
	 * The selections of fields named in {@code compiled}, one per result key. A result key selected twice with
	 * different arguments, or for two different fields (both possible when aliases of a parent are merged: the
	 * value is stored per record and result key), is left to its data fetcher.
	 */
	List<Relation> relations(java.util.Set<String> compiled) {
		Relations kept = relations;
		if (kept != null && kept.compiled() == compiled) {
			return kept.list();
		}
		List<Relation> list = selectedRelations(compiled);
		relations = new Relations(compiled, list);
		return list;
	}

	private List<Relation> selectedRelations(java.util.Set<String> compiled) {
		var byKey = new LinkedHashMap<String, List<SelectedField>>();
		for (SelectedField f : fields) {
			byKey.computeIfAbsent(f.getResultKey(), k -> new ArrayList<>()).add(f);
		}
		var out = new ArrayList<Relation>();
		byKey.forEach((key, same) -> {
			SelectedField first = same.get(0);
			if (compiled.contains(first.getName()) && same.stream().allMatch(f -> f.getName().equals(first.getName())
					&& Objects.equals(f.getArguments(), first.getArguments()))) {
				out.add(new Relation(key, first.getName(), first.getArguments(), same, false));
			}
		});
		return List.copyOf(out);
	}

	/**
	 * One compiled relation field: its result key, name, arguments, and the selections below it; or, with
	 * {@code all}, every field of the rows and no relation below (for batch loaders, which see no selection).
	 */
	record Relation(String key, String name, Map<String, Object> arguments, List<SelectedField> selections, boolean all) {

		static Relation all(String name) {
			return new Relation(name, name, Map.of(), List.of(), true);
		}

		Selection below(String type) {
			if (all) {
				return ALL;
			}
			var merged = new ArrayList<SelectedField>();
			selections.forEach(s -> s.getSelectionSet().getImmediateFields().stream()
					.filter(c -> applies(c, type)).forEach(merged::add));
			return new Selection(type, merged);
		}
	}
}
