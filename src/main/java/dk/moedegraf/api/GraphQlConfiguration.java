package dk.moedegraf.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/** The contract's two scalars, and client errors reported as such. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring
				.scalar(scalar("Date", "ISO-8601 calendar date, e.g. 2026-04-24", LocalDate.class, LocalDate::parse,
						DateTimeFormatter.ISO_LOCAL_DATE::format))
				.scalar(scalar("DateTime", "ISO-8601 date-time with offset, e.g. 2026-04-24T10:00:00+02:00",
						OffsetDateTime.class, OffsetDateTime::parse, DateTimeFormatter.ISO_OFFSET_DATE_TIME::format));
	}

	/**
	 * Request-level observations (graphql.request: latency, errors per operation) stay; the per-field one
	 * (graphql.datafetcher) goes, and with it the wrapping of every data fetcher that made it: a nested list
	 * query fetches hundreds of fields, and wrapping each (even for an observation a predicate then drops) cost
	 * a request 8–13 % of its CPU at national scale. Spring Boot backs off its own instrumentation for this one.
	 * (Spring Security's observations are off at the source: dk.moedegraf.security.SecurityConfiguration.)
	 */
	@Bean
	GraphQlObservationInstrumentation requestObservations(ObservationRegistry registry) {
		return new GraphQlObservationInstrumentation(registry) {
			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
					InstrumentationState state) {
				return fetcher;
			}

			/**
			 * The data fetchers' current observation stays the HTTP request's, not this one: the driver keeps each
			 * statement's observation, parent included, for its connection acquisition timeout, and this one's
			 * context holds the whole execution (every record read). As their parent it held 300–500 MB in a soak.
			 */
			@Override
			public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
					InstrumentationState state) {
				GraphQLContext graphQl = parameters.getGraphQLContext();
				Object outer = graphQl.get(ObservationThreadLocalAccessor.KEY);
				InstrumentationContext<ExecutionResult> context = super.beginExecution(parameters, state);
				if (outer != null) {
					graphQl.put(ObservationThreadLocalAccessor.KEY, outer);
				}
				else {
					graphQl.delete(ObservationThreadLocalAccessor.KEY);
				}
				return context;
			}
		};
	}

	/**
	 * GraphQL over HTTP read and written by one JSON converter (the application's mapper), instead of Spring MVC
	 * asking each of its converters on every request which can read the body and which can write the answer.
	 * {@code application/graphql}, which some old clients send a JSON body as, is read as JSON, as Spring's
	 * own fallback does.
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the commands run without a web server
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper mapper) {
		var json = new JacksonJsonHttpMessageConverter(mapper);
		json.setSupportedMediaTypes(List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
				MediaType.parseMediaType("application/graphql")));
		return new GraphQlHttpHandler(handler, json);
	}

	/** IllegalArgumentException (malformed ids, out-of-range arguments) is the client's fault: BAD_REQUEST. */
	@Bean
	DataFetcherExceptionResolver clientErrors() {
		return new DataFetcherExceptionResolverAdapter() {
			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
				if (ex instanceof IllegalArgumentException) {
					return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
							.message(ex.getMessage()).build();
				}
				return null;
			}
		};
	}

	private static <T> GraphQLScalarType scalar(String name, String description, Class<T> type,
			Function<String, T> parse, Function<T, String> format) {
		return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {
			@Override
			public String serialize(Object value) {
				if (type.isInstance(value)) {
					return format.apply(type.cast(value));
				}
				throw new CoercingSerializeException("Not a " + name + ": " + value);
			}

			@Override
			public T parseValue(Object input) {
				try {
					return parse.apply(String.valueOf(input));
				}
				catch (DateTimeException ex) {
					throw new CoercingParseValueException("Not a " + name + " (" + description + "): " + input);
				}
			}

			@Override
			public T parseLiteral(Object input) {
				if (input instanceof StringValue s) {
					try {
						return parse.apply(s.getValue());
					}
					catch (DateTimeException ex) {
						throw new CoercingParseLiteralException("Not a " + name + " (" + description + "): " + s.getValue());
					}
				}
				throw new CoercingParseLiteralException(name + " must be a string (" + description + ")");
			}
		}).build();
	}
}
