package dk.moedegraf.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dk.moedegraf.query.Lru;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated documents kept by their text: clients send the same few queries again and again, and
 * parsing (ANTLR) and validating them was about a tenth of the server's CPU per request under load. The limits
 * ({@link QueryLimits}) still judge every execution, by document, operation and variables. Least recently used
 * documents go first.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments {

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache(@Value("${moedegraf.api.parsed-documents:500}") int size) {
		Map<String, PreparsedDocumentEntry> cache = Lru.map(size);
		PreparsedDocumentProvider provider = (input, parseAndValidate) -> {
			PreparsedDocumentEntry entry = cache.get(input.getQuery());
			if (entry == null) {
				entry = parseAndValidate.apply(input);
				cache.put(input.getQuery(), entry);
			}
			return CompletableFuture.completedFuture(entry);
		};
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}
}
