package dk.moedegraf.api;

import java.nio.charset.StandardCharsets;

import dk.moedegraf.model.Person;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A field added the way other features add theirs ({@code extend type …} in its own schema file, its own
 * data fetcher), so the tests can show that the compiled read path leaves such fields to their fetchers.
 * Test-only: it is not part of the served contract.
 */
@Configuration(proxyBeanMethods = false)
class SchemaExtensionForTests {

	static final String SDL = "extend type Person { \"Test only.\" probe: String }";

	@Bean
	GraphQlSourceBuilderCustomizer probeField() {
		return builder -> builder.schemaResources(new ByteArrayResource(SDL.getBytes(StandardCharsets.UTF_8), "probe.graphqls") {
			@Override
			public String getFilename() {
				return "probe.graphqls";
			}
		});
	}

	@Controller
	static class Probe {

		@SchemaMapping(typeName = "Person")
		String probe(Person person) {
			return "probe of " + person.id();
		}
	}
}
