package dk.moedegraf.curation;

import java.util.List;

import dk.moedegraf.model.Membership;
import dk.moedegraf.model.Attendance;
import dk.moedegraf.model.NodeKind;
import dk.moedegraf.node.Nodes;
import dk.moedegraf.model.Affiliation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Where a merged id went, and the keys by which editors name facts (computed from the row, no query). */
@Controller
class MergedController {

	private final Nodes nodes;

	MergedController(Nodes nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	Object mergedInto(@Argument String id) {
		NodeKind.require(id);
		return nodes.survivors(List.of(id)).isEmpty() ? null : nodes.byIds(List.of(id), null).get(id);
	}

	@SchemaMapping(typeName = "Membership", field = "key")
	String membershipKey(Membership m) {
		return m.person().id() + "|MEMBER_OF|" + m.forum().id();
	}

	@SchemaMapping(typeName = "Attendance", field = "key")
	String attendanceKey(Attendance a) {
		return a.person().id() + "|PARTICIPATED_IN|" + a.meeting().id();
	}

	@SchemaMapping(typeName = "Affiliation", field = "key")
	String affiliationKey(Affiliation a) {
		return a.person().id() + "|AFFILIATED_WITH|" + a.organisation().id();
	}
}
