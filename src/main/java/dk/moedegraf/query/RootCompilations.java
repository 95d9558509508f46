package dk.moedegraf.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a root field's selection compiled to (its {@link Selection}s, the Cypher projection and its parameters),
 * kept for the next request that sends the same query. graphql-java's look-ahead behind
 * {@code env.getSelectionSet()} and the compile were a tenth of the HTTP thread's CPU for ten forums with their
 * members, and both depend only on the field's place in the query document and the variables used below it.
 * <p>
 * Documents are parsed once per query text ({@code ParsedDocuments}), so the same query brings the same AST
 * nodes: the key is the field's AST nodes (by identity), the values of the variables its selection uses, and
 * the call site. Root fields only: below the root, a field's selection also depends on the path to it. The
 * least recently used go first; a document parsed anew simply compiles anew.
 */
@Component
public class RootCompilations {

	private static final Object ABSENT = new Object();

	private final Map<Key, Object> kept;

	RootCompilations(@Value("${moedegraf.api.compiled-selections:1000}") int size) {
		this.kept = Lru.map(size);
	}

	/** The AST nodes of the field (identity: graphql-java's nodes do not override equals), its variables, the site. */
	private record Key(String site, List<Field> fields, Map<String, Object> variables) {
	}

	/**
	 * What {@code compile} gives for this field at {@code site} (a name for what is compiled, with whatever
	 * else it depends on, e.g. the node kind): kept from an earlier request with the same query and the same
	 * values of the variables below the field, else compiled now. {@code compile} must read nothing from the
	 * request but the field's selection and arguments below it; the result is shared, so it must not change.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(DataFetchingEnvironment env, String site, Supplier<T> compile) {
		if (env.getExecutionStepInfo().getPath().getLevel() != 1) {
			return compile.get();
		}
		List<Field> fields = env.getMergedField().getFields();
		var names = new HashSet<String>();
		for (Field f : fields) {
			if (f.getSelectionSet() != null) {
				variables(f.getSelectionSet(), env.getFragmentsByName(), names, new HashSet<>());
			}
		}
		var values = new HashMap<String, Object>();
		// a variable left out is not one sent as null: an argument's default applies only to the first
		names.forEach(name -> values.put(name, env.getVariables().containsKey(name) ? env.getVariables().get(name) : ABSENT));
		var key = new Key(site, fields, values);
		Object value = kept.get(key);
		if (value == null) {
			value = compile.get();
			kept.put(key, value);
		}
		return (T) value;
	}

	/** The variables used at or below {@code node}, through the fragments it spreads. */
	private static void variables(Node<?> node, Map<String, FragmentDefinition> fragments, Set<String> out, Set<String> spread) {
		if (node instanceof VariableReference v) {
			out.add(v.getName());
		}
		if (node instanceof FragmentSpread s && spread.add(s.getName()) && fragments.get(s.getName()) != null) {
			variables(fragments.get(s.getName()), fragments, out, spread);
		}
		for (Node<?> child : node.getChildren()) {
			variables(child, fragments, out, spread);
		}
	}
}
