package dk.moedegraf.api;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.Node;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits that keep one request from pulling the whole graph or tying up the server: nesting depth, a
 * complexity budget (each field costs 1, and a list field's selection counts once per 10 rows it may
 * return), and the number of fields and aliases in one document. Each is a property; see the README.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	@Bean
	Instrumentation maxDepth(@Value("${moedegraf.api.max-depth:12}") int maxDepth) {
		return new MaxQueryDepthInstrumentation(maxDepth);
	}

	@Bean
	Instrumentation maxComplexity(@Value("${moedegraf.api.max-complexity:2000}") int maxComplexity) {
		return new MaxQueryComplexityInstrumentation(maxComplexity, (env, child) -> {
			Object first = env.getArguments().get("first");
			Object limit = env.getArguments().get("limit");
			int rows = first instanceof Integer f ? f : limit instanceof Integer l ? l : 1;
			return 1 + child * Math.max(1, (rows + 9) / 10);
		});
	}

	@Bean
	Instrumentation maxFields(@Value("${moedegraf.api.max-fields:300}") int maxFields,
			@Value("${moedegraf.api.max-aliases:30}") int maxAliases) {
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
