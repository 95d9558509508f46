package dk.moedegraf.security;

import dk.moedegraf.model.SourceRef;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** An excerpt quotes the document as stored; contact data in it is for editors' eyes only. */
@Controller
class SourceRefController {

	@SchemaMapping(typeName = "SourceRef")
	String excerpt(SourceRef source) {
		return ContactData.forCurrentReader(source.excerpt());
	}
}
