package dk.moedegraf.importing;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The contract's importDocument mutation, for editors. Rejected input surfaces as a BAD_REQUEST error
 * (IllegalArgumentException).
 */
@Controller
class ImportController {

	record ImportDocumentInput(String title, String text, String source, Boolean dryRun) {
	}

	private final DocumentImporter importer;

	ImportController(DocumentImporter importer) {
		this.importer = importer;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ImportReport importDocument(@Argument ImportDocumentInput input) {
		return importer.importDocument(new DocumentImporter.Request(input.title(), input.text(), input.source(),
				Boolean.TRUE.equals(input.dryRun())));
	}
}
