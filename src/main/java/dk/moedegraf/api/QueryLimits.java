package dk.moedegraf.api;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dk.moedegraf.query.Lru;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits that keep one request from pulling the whole graph or tying up the server: nesting depth, a
 * complexity budget (each field costs 1, and a list field's selection counts once per 10 rows it may
 * return), and the number of fields and aliases in one document. Each is a property; see the README.
 * <p>
 * The verdict depends only on the document, the operation and the variables, so it is worked out once per
 * such triple and kept: walking the document twice per request was about 8 % of a read's CPU under load.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	/** Verdicts kept; least recently used go first. A verdict holds the refusal, or nothing for a document that passes. */
	private static final int VERDICTS = 1000;

	@Bean
	Instrumentation limits(@Value("${moedegraf.api.max-depth:12}") int maxDepth,
			@Value("${moedegraf.api.max-introspection-depth:20}") int maxIntrospectionDepth,
			@Value("${moedegraf.api.max-complexity:2000}") int maxComplexity,
			@Value("${moedegraf.api.max-fields:300}") int maxFields,
			@Value("${moedegraf.api.max-aliases:30}") int maxAliases) {
		var depth = maxDepth(maxDepth, maxIntrospectionDepth);
		var complexity = maxComplexity(maxComplexity);
		var fields = maxFields(maxFields, maxAliases);
		Map<Verdict.Key, Verdict> verdicts = Lru.map(VERDICTS);
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				var key = new Verdict.Key(context.getDocument(), context.getExecutionInput().getOperationName(),
						context.getCoercedVariables().toMap());
				Verdict verdict = verdicts.get(key);
				if (verdict == null) {
					verdict = Verdict.of(() -> {
						depth.beginExecuteOperation(parameters, null);
						// its state holds only what it reports when the limit is exceeded
						complexity.beginExecuteOperation(parameters, complexity.createState(null));
						fields.beginExecuteOperation(parameters, null);
					});
					verdicts.put(key, verdict);
				}
				if (verdict.refusal() != null) {
					throw new AbortExecutionException(verdict.refusal());
				}
				return null;
			}
		};
	}

	/** The refusal of a document, operation and variables, or null when they pass. */
	private record Verdict(String refusal) {

		static Verdict of(Runnable checks) {
			try {
				checks.run();
				return new Verdict(null);
			}
			catch (AbortExecutionException ex) {
				return new Verdict(ex.getMessage());
			}
		}

		/** The parsed document by identity: {@link ParsedDocuments} hands out the same one for the same text. */
		private record Key(IdentityOf document, String operationName, Map<String, Object> variables) {

			Key(Document document, String operationName, Map<String, Object> variables) {
				this(new IdentityOf(document), operationName, variables);
			}
		}

		private record IdentityOf(Document document) {

			@Override
			public boolean equals(Object other) {
				return other instanceof IdentityOf o && o.document == document;
			}

			@Override
			public int hashCode() {
				return System.identityHashCode(document);
			}
		}
	}

	/**
	 * Nesting depth, counted apart for data and for introspection: the standard introspection query that
	 * GraphiQL and code generators send ({@code __schema → types → fields → args → type} and nine levels of
	 * {@code ofType}) is 15 deep, which says nothing about the load it causes, while 15 levels of data would.
	 * Introspection gets a cap of its own, so nesting {@code ofType} without end is still refused.
	 */
	private static Instrumentation maxDepth(int maxDepth, int maxIntrospectionDepth) {
		return new Instrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				int[] deepest = new int[2]; // data, introspection
				QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema()).document(context.getDocument())
						.operationName(context.getOperationDefinition().getName())
						.coercedVariables(context.getCoercedVariables()).build()
						.visitPreOrder(new QueryVisitorStub() {
							@Override
							public void visitField(QueryVisitorFieldEnvironment env) {
								int depth = 1;
								var root = env;
								for (var p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
									depth++;
									root = p;
								}
								int kind = isIntrospection(root.getField().getName()) ? 1 : 0;
								deepest[kind] = Math.max(deepest[kind], depth);
							}
						});
				if (deepest[0] > maxDepth) {
					throw new AbortExecutionException("maximum query depth exceeded " + deepest[0] + " > " + maxDepth
							+ " (moedegraf.api.max-depth)");
				}
				if (deepest[1] > maxIntrospectionDepth) {
					throw new AbortExecutionException("maximum introspection depth exceeded " + deepest[1] + " > "
							+ maxIntrospectionDepth + " (moedegraf.api.max-introspection-depth)");
				}
				return null;
			}
		};
	}

	/**
	 * The data a document may pull. Introspection reads the schema held in memory, not the graph, so it costs
	 * nothing here; its size is bounded by the depth cap above, the field limit below, and graphql-java's own
	 * refusal of introspection that repeats {@code __Type.fields} and the like ("good faith" introspection).
	 */
	private static Instrumentation maxComplexity(int maxComplexity) {
		return new MaxQueryComplexityInstrumentation(maxComplexity, (env, child) -> {
			var root = env;
			while (root.getParentEnvironment() != null) {
				root = root.getParentEnvironment();
			}
			if (isIntrospection(root.getField().getName())) {
				return 0;
			}
			Object first = env.getArguments().get("first");
			Object limit = env.getArguments().get("limit");
			int rows = first instanceof Integer f ? f : limit instanceof Integer l ? l : 1;
			return 1 + child * Math.max(1, (rows + 9) / 10);
		});
	}

	private static Instrumentation maxFields(int maxFields, int maxAliases) {
		return new Instrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var fields = new AtomicInteger();
				var aliases = new AtomicInteger();
				count(parameters.getExecutionContext().getDocument(), fields, aliases);
				if (fields.get() > maxFields) {
					throw new AbortExecutionException("The query has " + fields.get() + " fields; at most " + maxFields
							+ " are allowed (moedegraf.api.max-fields).");
				}
				if (aliases.get() > maxAliases) {
					throw new AbortExecutionException("The query has " + aliases.get() + " aliases; at most " + maxAliases
							+ " are allowed (moedegraf.api.max-aliases).");
				}
				return null;
			}
		};
	}

	/** {@code __schema} and {@code __type}; {@code __typename} is an ordinary leaf of the data. */
	private static boolean isIntrospection(String rootField) {
		return rootField.equals("__schema") || rootField.equals("__type");
	}

	private static void count(Node<?> node, AtomicInteger fields, AtomicInteger aliases) {
		if (node instanceof Field f) {
			fields.incrementAndGet();
			if (f.getAlias() != null) {
				aliases.incrementAndGet();
			}
		}
		for (Node<?> child : node.getChildren()) {
			count(child, fields, aliases);
		}
	}
}
