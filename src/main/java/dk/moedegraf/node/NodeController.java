package dk.moedegraf.node;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NodeController {

	private final Nodes nodes;

	NodeController(Nodes nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	Object node(@Argument String id, DataFetchingEnvironment env) {
		return nodes.byIds(List.of(id), env).get(id);
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		Map<String, Object> found = nodes.byIds(ids, env);
		return ids.stream().map(found::get).toList();
	}
}
