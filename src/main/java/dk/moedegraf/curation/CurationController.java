package dk.moedegraf.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.moedegraf.curation.Curation.Kind;
import dk.moedegraf.curation.Curation.Outcome;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The curation mutations. Inputs arrive as maps so that a field sent as null ("remove this value") can be
 * told from a field left out ("keep it"). EDITOR may correct; merges and restores need ADMIN.
 */
@Controller
class CurationController {

	private final Curation curation;

	CurationController(Curation curation) {
		this.curation = curation;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> createPerson(@Argument Map<String, Object> input) {
		return entity("person", curation.create(Kind.PERSON, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> correctPerson(@Argument Map<String, Object> input) {
		return entity("person", curation.correct(Kind.PERSON, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> createOrganisation(@Argument Map<String, Object> input) {
		return entity("organisation", curation.create(Kind.ORGANISATION, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> correctOrganisation(@Argument Map<String, Object> input) {
		return entity("organisation", curation.correct(Kind.ORGANISATION, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> createForum(@Argument Map<String, Object> input) {
		return entity("forum", curation.create(Kind.FORUM, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> correctForum(@Argument Map<String, Object> input) {
		return entity("forum", curation.correct(Kind.FORUM, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> createMeeting(@Argument Map<String, Object> input) {
		return entity("meeting", curation.create(Kind.MEETING, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> correctMeeting(@Argument Map<String, Object> input) {
		return entity("meeting", curation.correct(Kind.MEETING, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> createInitiative(@Argument Map<String, Object> input) {
		return entity("initiative", curation.create(Kind.INITIATIVE, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> correctInitiative(@Argument Map<String, Object> input) {
		return entity("initiative", curation.correct(Kind.INITIATIVE, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> addMembership(@Argument Map<String, Object> input) {
		return payload(curation.addFact("MEMBER_OF", "Person", (String) input.get("person"), "Forum", (String) input.get("forum"),
				input, membership(input)));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> correctMembership(@Argument Map<String, Object> input) {
		return payload(curation.correctFact("MEMBER_OF", (String) input.get("person"), (String) input.get("forum"), input,
				membership(input), "CORRECT_MEMBER_OF"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> endMembership(@Argument Map<String, Object> input) {
		return payload(curation.correctFact("MEMBER_OF", (String) input.get("person"), (String) input.get("forum"), input,
				values(input, Map.of("to", "to")), "END_MEMBER_OF"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> addAttendance(@Argument Map<String, Object> input) {
		if (input.get("status") == null) {
			throw new IllegalArgumentException("status is required for a new attendance: PRESENT, ABSENT or GUEST.");
		}
		return payload(curation.addFact("PARTICIPATED_IN", "Person", (String) input.get("person"), "Meeting",
				(String) input.get("meeting"), input, attendance(input)));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> correctAttendance(@Argument Map<String, Object> input) {
		return payload(curation.correctFact("PARTICIPATED_IN", (String) input.get("person"), (String) input.get("meeting"),
				input, attendance(input), "CORRECT_PARTICIPATED_IN"));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> retractFact(@Argument Map<String, Object> input) {
		return payload(curation.retract((String) input.get("fact"), input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Object> restoreFact(@Argument Map<String, Object> input) {
		return payload(curation.restore((String) input.get("fact"), input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> withdrawDocument(@Argument Map<String, Object> input) {
		return payload(curation.withdraw((String) input.get("document"), input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Object> mergeEntities(@Argument Map<String, Object> input) {
		return payload(curation.merge((String) input.get("survivor"), (String) input.get("merged"), input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Object> unmergeEntities(@Argument Map<String, Object> input) {
		return payload(curation.unmerge((String) input.get("merged"), input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	Map<String, Object> markNotSamePerson(@Argument Map<String, Object> input) {
		return payload(curation.markNotSame((String) input.get("person"), (String) input.get("other"), input));
	}

	private static Map<String, Object> membership(Map<String, Object> input) {
		return values(input, Map.of("role", "role", "office", "office", "representing", "onBehalfOf", "from", "from", "to", "to"));
	}

	private static Map<String, Object> attendance(Map<String, Object> input) {
		Map<String, Object> v = values(input, Map.of("status", "status", "role", "role", "office", "office", "representing",
				"onBehalfOf", "substituteFor", "substituteFor"));
		if (v.get("status") != null) {
			v.put("status", v.get("status").toString());
		}
		return v;
	}

	/** The input fields given (null included: it removes the value), under the graph's property names. */
	private static Map<String, Object> values(Map<String, Object> input, Map<String, String> names) {
		Map<String, Object> v = new HashMap<>();
		names.forEach((field, property) -> {
			if (input.containsKey(field)) {
				v.put(property, input.get(field));
			}
		});
		return v;
	}

	private static Map<String, Object> entity(String field, Outcome outcome) {
		Map<String, Object> p = base(outcome);
		p.put(field, outcome.nodes().values().stream().findFirst().orElse(null));
		return p;
	}

	private static Map<String, Object> payload(Outcome outcome) {
		Map<String, Object> p = base(outcome);
		p.put("nodes", List.copyOf(outcome.nodes().values()));
		return p;
	}

	private static Map<String, Object> base(Outcome outcome) {
		Map<String, Object> p = new HashMap<>();
		p.put("dryRun", outcome.dryRun());
		p.put("edit", outcome.edit());
		return p;
	}
}
