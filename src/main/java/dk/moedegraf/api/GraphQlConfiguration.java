package dk.moedegraf.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

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
	 * (graphql.datafetcher) goes: a nested list query fetches ~1,300 fields, and timing each cost more than
	 * the fetching. Statements are still timed by the driver's own observations. Spring Security's
	 * observations of each filter of its chain go too: in a profile at national scale they were about a
	 * quarter of a read's CPU, while http.server.requests already times the request.
	 */
	@Bean
	ObservationPredicate noPerFieldObservations() {
		return (name, context) -> !name.equals("graphql.datafetcher") && !name.startsWith("spring.security.");
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
