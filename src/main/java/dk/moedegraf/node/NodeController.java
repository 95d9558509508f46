package dk.moedegraf.node;

import java.util.List;
import java.util.Map;

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
	Object node(@Argument String id) {
		return nodes.byIds(List.of(id)).get(id);
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids) {
		Map<String, Object> found = nodes.byIds(ids);
		return ids.stream().map(found::get).toList();
	}
}
