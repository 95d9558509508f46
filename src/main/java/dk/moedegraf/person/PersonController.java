package dk.moedegraf.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.moedegraf.node.Connection;
import dk.moedegraf.node.NodeKind;
import dk.moedegraf.node.Pages;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

	private final Pages pages;

	PersonController(Pages pages) {
		this.pages = pages;
	}

	record PersonFilter(String nameContains, String memberOf, String affiliatedWith) {
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument PersonFilter filter) {
		var conditions = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (filter != null) {
			if (filter.nameContains() != null) {
				conditions.add("(toLower(n.name) CONTAINS toLower($name) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($name)))");
				params.put("name", filter.nameContains());
			}
			if (filter.memberOf() != null) {
				NodeKind.require(filter.memberOf());
				conditions.add("EXISTS { (n)-[:MEMBER_OF]->(:Forum {id: $memberOf}) }");
				params.put("memberOf", filter.memberOf());
			}
			if (filter.affiliatedWith() != null) {
				NodeKind.require(filter.affiliatedWith());
				conditions.add("EXISTS { (n)-[:AFFILIATED_WITH]->(:Organisation {id: $affiliatedWith}) }");
				params.put("affiliatedWith", filter.affiliatedWith());
			}
		}
		return pages.page(NodeKind.PERSON, conditions, params, "name", false, first, after, Person.class);
	}
}
