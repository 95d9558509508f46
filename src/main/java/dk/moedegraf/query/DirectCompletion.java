package dk.moedegraf.query;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.TypeResolutionEnvironment;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResponseMapFactory;
import graphql.execution.ResultNodesInfo;
import graphql.execution.TypeResolutionParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import graphql.schema.LightDataFetcher;
import graphql.schema.TypeResolver;
import org.reactivestreams.Publisher;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * graphql-java's query strategy, except that an object whose every selected field is already known — a record
 * property, or a value the compiled statement stored in {@link Compiled} — is completed in one walk over its
 * selection, values and sub-objects included, instead of field by field through graphql-java's fetch and
 * completion machinery (per field: parameters, step info, instrumentation contexts, futures). For a compiled read
 * that machinery, not Neo4j, was most of a request's CPU: the statement costs what hand Cypher costs.
 * <p>
 * The walk gives exactly what graphql-java would, or gives up: any field it cannot answer from what it holds (a
 * field with its own data fetcher and no stored value, a getter that throws, a value that is a future or a
 * {@code DataFetcherResult}), a null where the schema says non-null, a scalar that does not serialize, a type it
 * cannot resolve — then that object goes the usual way, which reports the error as it always has. Values are
 * serialized by the schema's own scalars and enums; fields are collected by graphql-java's own collector, so
 * aliases, fragments, {@code @skip}/{@code @include} and {@code __typename} are as usual. Per-field instrumentation
 * is not called for directly completed fields; this application's instrumentations act per request and operation.
 */
final class DirectCompletion extends AsyncExecutionStrategy {

	/** Set in a request's GraphQLContext to {@code true}, it is completed field by field (tests compare the two). */
	static final String FIELD_BY_FIELD = DirectCompletion.class.getName() + ".fieldByField";

	/** A value that cannot be completed directly. */
	private static final Object NO = new Object();

	private final FieldCollector collector = new FieldCollector();

	private final Map<GraphQLObjectType, Map<GraphQLFieldDefinition, DataFetcher<?>>> fetchers = new ConcurrentHashMap<>();

	/** Objects completed at the top of a direct walk, and objects left to graphql-java (for the metrics). */
	final LongAdder direct = new LongAdder();

	final LongAdder fieldByField = new LongAdder();

	DirectCompletion(DataFetcherExceptionHandler exceptions) {
		super(exceptions);
	}

	@Override
	protected Object executeObject(ExecutionContext context, ExecutionStrategyParameters parameters) {
		if (usable(context, parameters)
				&& parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLObjectType type) {
			var walk = new Walk(context);
			Object result = walk.object(type, walk.shape(type, parameters.getFields()), parameters.getSource());
			if (result != NO) {
				// the DataLoader dispatcher counts objects per level: this one started and finished at once
				DataLoaderDispatchStrategy dispatch = context.getDataLoaderDispatcherStrategy();
				dispatch.executeObject(context, parameters, parameters.getFields().size());
				dispatch.executeObjectOnFieldValuesInfo(List.of(), parameters);
				direct.increment();
				return result;
			}
		}
		fieldByField.increment();
		return super.executeObject(context, parameters);
	}

	private static boolean usable(ExecutionContext context, ExecutionStrategyParameters parameters) {
		GraphQLContext graphQl = context.getGraphQLContext();
		return !context.hasIncrementalSupport() && parameters.getDeferredCallContext() == null
				&& parameters.getLocalContext() == null && parameters.getSource() != null
				&& !Boolean.TRUE.equals(graphQl.get(FIELD_BY_FIELD))
				&& graphQl.get(ResultNodesInfo.MAX_RESULT_NODES) == null
				// the walk answers with its own maps (Answer): not where a request asks for maps of its own
				&& context.getResponseMapFactory() == ResponseMapFactory.DEFAULT;
	}

	private DataFetcher<?> fetcher(GraphQLSchema schema, GraphQLObjectType type, GraphQLFieldDefinition field) {
		return fetchers.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
				.computeIfAbsent(field, f -> schema.getCodeRegistry().getDataFetcher(type, f));
	}

	/** Thrown when a getter or a type resolver asks for what a direct walk does not have (its environment). */
	private static final class NeedsEnvironment extends RuntimeException {

		NeedsEnvironment() {
			super(null, null, false, false);
		}
	}

	private static final NeedsEnvironment NEEDS_ENVIRONMENT = new NeedsEnvironment();

	private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
		throw NEEDS_ENVIRONMENT;
	};

	/** One direct walk: the request's context, and the sub-selections it collected, per field and type. */
	private final class Walk {

		private final ExecutionContext context;

		private final GraphQLSchema schema;

		private final Compiled compiled;

		private FieldCollectorParameters lastCollect;

		/**
		 * The sub-selections collected, per field: the items of a list, and the objects below each item (a hundred
		 * attendances' persons), share their MergedField instances, so each is collected once per walk and type,
		 * not once per object (that was 200 collector runs, 8 % of what a meeting's request allocated).
		 */
		private final Map<MergedField, Map<GraphQLObjectType, Shape>> collected = new IdentityHashMap<>();

		Walk(ExecutionContext context) {
			this.context = context;
			this.schema = context.getGraphQLSchema();
			this.compiled = context.getGraphQLContext().get(Compiled.class);
		}

		Object object(GraphQLObjectType type, Shape shape, Object source) {
			if (shape.introspection()) {
				return NO; // a field the type does not define (__schema, __type): graphql-java's way
			}
			List<String> keys = shape.keys();
			int n = keys.size();
			// every field's value first: a field the walk cannot answer gives up before any sub-object is built
			var values = new Object[n];
			for (int i = 0; i < n; i++) {
				GraphQLFieldDefinition definition = shape.definitions()[i];
				if (definition == null) {
					values[i] = type.getName(); // __typename
					continue;
				}
				Object value = fetch(shape.fetchers()[i], definition, keys.get(i), source);
				if (value == NO) {
					return NO;
				}
				values[i] = value;
			}
			for (int i = 0; i < n; i++) {
				GraphQLFieldDefinition definition = shape.definitions()[i];
				if (definition != null) {
					Object completed = complete(definition.getType(), shape.fields().get(i), values[i]);
					if (completed == NO) {
						return NO;
					}
					values[i] = completed;
				}
			}
			return new Answer(keys, values);
		}

		/** What graphql-java's fetch would give: the getter's value, or the compiled statement's; else NO. */
		private Object fetch(DataFetcher<?> fetcher, GraphQLFieldDefinition definition, String key, Object source) {
			Object value;
			if (fetcher instanceof LightDataFetcher<?> light) {
				try {
					value = light.get(definition, source, NO_ENVIRONMENT);
				}
				catch (Exception ex) {
					return NO; // graphql-java reports it as the field's error
				}
			}
			else {
				// the compiled statement's value, where Compiled's instrumentation would use it too
				value = compiled == null ? Compiled.ABSENT : compiled.answer(fetcher, source, key);
				if (value == Compiled.ABSENT) {
					return NO;
				}
			}
			// graphql-java awaits futures and publishers and unwraps DataFetcherResults: those go its way
			return value instanceof DataFetcherResult<?> || value instanceof CompletionStage<?> || value instanceof Flow.Publisher<?>
					|| value instanceof Publisher<?> ? NO : value;
		}

		private Object complete(GraphQLOutputType type, MergedField field, Object raw) {
			Object value = context.getValueUnboxer().unbox(raw);
			if (type instanceof GraphQLNonNull nonNull) {
				return value == null ? NO : complete((GraphQLOutputType) nonNull.getWrappedType(), field, value);
			}
			if (value == null) {
				return null;
			}
			if (type instanceof GraphQLList list) {
				return list((GraphQLOutputType) list.getWrappedType(), field, value);
			}
			try {
				if (type instanceof GraphQLScalarType scalar) {
					Object serialized = scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale());
					return serialized == null || serialized instanceof Double d && d.isNaN() ? NO : serialized;
				}
				if (type instanceof GraphQLEnumType enumType) {
					Object serialized = enumType.serialize(value, context.getGraphQLContext(), context.getLocale());
					return serialized == null ? NO : serialized;
				}
			}
			catch (RuntimeException ex) {
				return NO; // graphql-java reports a value that does not serialize
			}
			GraphQLObjectType objectType = type instanceof GraphQLObjectType o ? o : resolve(type, field, value);
			if (objectType == null) {
				return NO;
			}
			return object(objectType, collect(objectType, field), value);
		}

		private Object list(GraphQLOutputType itemType, MergedField field, Object value) {
			if (!(value instanceof Iterable<?> items)) {
				return NO; // an array or the like: graphql-java's way (no record holds one)
			}
			var out = new ArrayList<>();
			for (Object item : items) {
				Object completed = complete(itemType, field, item);
				if (completed == NO) {
					return NO;
				}
				out.add(completed);
			}
			return out;
		}

		/** The object type of a value of an interface or union type, as the schema's type resolver says; else null. */
		private GraphQLObjectType resolve(GraphQLOutputType type, MergedField field, Object value) {
			TypeResolver resolver;
			if (type instanceof GraphQLInterfaceType i) {
				resolver = schema.getCodeRegistry().getTypeResolver(i);
			}
			else if (type instanceof GraphQLUnionType u) {
				resolver = schema.getCodeRegistry().getTypeResolver(u);
			}
			else {
				return null;
			}
			TypeResolutionEnvironment environment = TypeResolutionParameters.newParameters()
					.field(field)
					.fieldType(type)
					.value(value)
					.argumentValues(() -> {
						throw NEEDS_ENVIRONMENT;
					})
					.schema(schema)
					.graphQLContext(context.getGraphQLContext())
					.build();
			try {
				GraphQLObjectType resolved = resolver.getType(environment);
				return resolved != null && schema.isPossibleType((GraphQLNamedType) type, resolved)
						? resolved : null;
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		/** The sub-selection of {@code field} on {@code objectType}, collected by graphql-java's collector once per walk. */
		private Shape collect(GraphQLObjectType objectType, MergedField field) {
			return collected.computeIfAbsent(field, f -> new IdentityHashMap<>()).computeIfAbsent(objectType, t -> {
				if (lastCollect == null || lastCollect.getObjectType() != t) {
					lastCollect = FieldCollectorParameters.newParameters()
							.schema(schema)
							.objectType(t)
							.fragments(context.getFragmentsByName())
							.variables(context.getCoercedVariables().toMap())
							.graphQLContext(context.getGraphQLContext())
							.build();
				}
				return shape(t, collector.collectFields(lastCollect, field, false));
			});
		}

		/** A selection on {@code type} with its fields' definitions and data fetchers looked up once. */
		Shape shape(GraphQLObjectType type, MergedSelectionSet selection) {
			List<MergedField> fields = selection.getSubFieldsList(); // in the keys' order; copied per call
			int n = fields.size();
			var definitions = new GraphQLFieldDefinition[n];
			var fetchers = new DataFetcher<?>[n];
			boolean introspection = false;
			for (int i = 0; i < n; i++) {
				String name = fields.get(i).getName();
				if (!name.equals("__typename")) {
					definitions[i] = type.getFieldDefinition(name);
					if (definitions[i] == null) {
						introspection = true; // __schema, __type: not the walk's
					}
					else {
						fetchers[i] = fetcher(schema, type, definitions[i]);
					}
				}
			}
			return new Shape(selection.getKeys(), fields, definitions, fetchers, introspection);
		}
	}

	/**
	 * A collected selection on one object type: result keys, fields, and each field's definition (null for
	 * {@code __typename}) and data fetcher, worked out once per walk rather than for every object of a list.
	 */
	private record Shape(List<String> keys, List<MergedField> fields, GraphQLFieldDefinition[] definitions,
			DataFetcher<?>[] fetchers, boolean introspection) {
	}

	/**
	 * A directly completed object: its result keys (shared by every object of the same selection) and values, in
	 * the order of the query. graphql-java's own result map, a LinkedHashMap per object, was 4 % of what a
	 * meeting with a hundred attendances allocated. It is a whole Map for any reader; Jackson writes it with
	 * {@link Json}.
	 */
	@JsonSerialize(using = Answer.Json.class)
	static final class Answer extends AbstractMap<String, Object> {

		/** Written key by key, without an entry object per field as Jackson's map serializer would iterate. */
		static final class Json extends StdSerializer<Answer> {

			Json() {
				super(Answer.class);
			}

			@Override
			public void serialize(Answer answer, JsonGenerator json, SerializationContext context) {
				json.writeStartObject(answer, answer.values.length);
				for (int i = 0; i < answer.values.length; i++) {
					json.writeName(answer.keys.get(i));
					write(answer.values[i], json, context);
				}
				json.writeEndObject();
			}

			/**
			 * Strings, nested answers and lists of them — nearly every value of an answer — written straight away;
			 * anything else (numbers, booleans, scalars' own types) as Jackson would, by its serializer.
			 */
			private void write(Object value, JsonGenerator json, SerializationContext context) {
				if (value instanceof String string) {
					json.writeString(string);
				}
				else if (value instanceof Answer answer) {
					serialize(answer, json, context);
				}
				else if (value instanceof List<?> list) {
					json.writeStartArray(list, list.size());
					for (Object item : list) {
						write(item, json, context);
					}
					json.writeEndArray();
				}
				else {
					context.writeValue(json, value);
				}
			}
		}

		private final List<String> keys;

		private final Object[] values;

		Answer(List<String> keys, Object[] values) {
			this.keys = keys;
			this.values = values;
		}

		@Override
		public int size() {
			return values.length;
		}

		@Override
		public Object get(Object key) {
			int i = keys.indexOf(key);
			return i < 0 ? null : values[i];
		}

		@Override
		public boolean containsKey(Object key) {
			return keys.contains(key);
		}

		@Override
		public Set<Entry<String, Object>> entrySet() {
			return new AbstractSet<>() {
				@Override
				public Iterator<Entry<String, Object>> iterator() {
					return new Iterator<>() {
						private int next;

						@Override
						public boolean hasNext() {
							return next < values.length;
						}

						@Override
						public Entry<String, Object> next() {
							if (next >= values.length) {
								throw new NoSuchElementException();
							}
							int i = next++;
							return new SimpleImmutableEntry<>(keys.get(i), values[i]);
						}
					};
				}

				@Override
				public int size() {
					return values.length;
				}
			};
		}
	}
}
