package dk.moedegraf.query;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Test-only: a request with the header {@value #HEADER} is completed field by field, as graphql-java alone would,
 * so that tests can compare the two ways on the same query. The benchmark turns it off
 * ({@code moedegraf.test.field-by-field=false}): it measures the app as it ships.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "moedegraf.test.field-by-field", havingValue = "true", matchIfMissing = true)
class FieldByFieldForTests {

	static final String HEADER = "X-Test-Field-By-Field";

	@Bean
	WebGraphQlInterceptor fieldByFieldOnRequest() {
		return (request, chain) -> {
			if (request.getHeaders().containsHeader(HEADER)) {
				request.configureExecutionInput((input, builder) -> builder
						.graphQLContext(Map.of(DirectCompletion.FIELD_BY_FIELD, true)).build());
			}
			return chain.next(request);
		};
	}
}
