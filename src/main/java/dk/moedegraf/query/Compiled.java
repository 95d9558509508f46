package dk.moedegraf.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * The values a compiled statement already fetched for fields below its root, per record instance and
 * result key, for one request. A field found here is answered from it; any other field (one the compiler
 * does not know, a field added by a schema extension) runs its own data fetcher as usual.
 */
public final class Compiled {

	/** What {@link #answer} says of a field the statement did not answer. */
	static final Object ABSENT = new Object();

	private final Map<Object, Map<String, Object>> values = Collections.synchronizedMap(new IdentityHashMap<>());

	Compiled() {
	}

	/** The request's store, created on first use. */
	public static Compiled of(DataFetchingEnvironment env) {
		return env.getGraphQlContext().computeIfAbsent(Compiled.class, k -> new Compiled());
	}

	void put(Object record, String key, Object value) {
		values.computeIfAbsent(record, r -> new HashMap<>()).put(key, value);
	}

	/**
	 * The value stored for the field {@code key} of {@code record}, which stands in for the field's data fetcher;
	 * ABSENT when nothing is stored, or when the fetcher is trivial (a property read, never compiled).
	 */
	Object answer(DataFetcher<?> fetcher, Object record, String key) {
		if (fetcher instanceof TrivialDataFetcher<?> || record == null) {
			return ABSENT;
		}
		Map<String, Object> fields = values.get(record);
		return fields == null ? ABSENT : fields.getOrDefault(key, ABSENT);
	}

	@Configuration(proxyBeanMethods = false)
	static class Wiring {

		/**
		 * Queries run by {@link DirectCompletion}, with the exception handler Spring would give graphql-java's own
		 * strategy (every DataFetcherExceptionResolver, in order). {@code moedegraf.graphql.objects} counts the
		 * objects it completed directly and those it left to graphql-java, field by field.
		 */
		@Bean
		GraphQlSourceBuilderCustomizer directCompletion(ObjectProvider<DataFetcherExceptionResolver> resolvers,
				ObjectProvider<MeterRegistry> meters) {
			return builder -> builder.configureGraphQl(graphQl -> {
				var strategy = new DirectCompletion(
						DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()));
				meters.ifAvailable(registry -> Map.of("direct", strategy.direct, "field-by-field", strategy.fieldByField)
						.forEach((completion, count) -> FunctionCounter.builder("moedegraf.graphql.objects", count, LongAdder::sum)
								.description("Objects of GraphQL answers by how they were completed")
								.tag("completion", completion).register(registry)));
				graphQl.queryExecutionStrategy(strategy);
			});
		}

		/** Answers compiled fields from the store before their data fetchers (and DataLoaders) run. */
		@Bean
		Instrumentation compiledFields() {
			return new Instrumentation() {
				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					if (parameters.isTrivialDataFetcher()) {
						return fetcher;
					}
					DataFetchingEnvironment env = parameters.getEnvironment();
					GraphQLContext context = env.getGraphQlContext();
					Compiled compiled = context == null ? null : context.get(Compiled.class);
					Object value = compiled == null ? ABSENT : compiled.answer(fetcher, env.getSource(), env.getField().getResultKey());
					return value == ABSENT ? fetcher : e -> value;
				}
			};
		}
	}
}
