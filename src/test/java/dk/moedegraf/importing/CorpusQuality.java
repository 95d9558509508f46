package dk.moedegraf.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Imports each document of {@code ../shared/corpus/docs} alone into an empty graph through the
 * {@code importDocument} mutation and scores it exactly by the rules of {@code ../shared/corpus/README.md}
 * against {@code gold.json}: per document, per kind of fact and in total, recall and precision, plus the
 * work list (facts missed, people wrongly tied to the meeting or forum). Used by {@link CorpusQualityTest}
 * (the regression floor) and {@link CorpusQualityBenchmark} (the full report).
 */
final class CorpusQuality {

	/** The corpus, or another folder laid out like it (docs/, gold.json): {@code -Dcorpus.dir=…}. */
	static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));

	private static final String MUTATION = """
			mutation($input: ImportDocumentInput!) { importDocument(input: $input) {
			  meetings { date location
			    attendance { status person { name aliases } representing { name aliases } substituteFor { name aliases } } }
			  forums { id name aliases members { person { name aliases } representing { name aliases } } } } }""";

	/** The kinds of fact, by their gold.json key. */
	enum Kind {
		PRESENT("present"), ABSENT("absent"), GUEST("present_or_guest"), MEMBER("members"),
		REPRESENTING("members_representing"), SUBSTITUTE("substitutes"), NOT_PRESENT("not_present"), DATE("date"),
		LOCATION("location_contains"), FORUM("forum");

		final String key;

		Kind(String key) {
			this.key = key;
		}
	}

	record Fact(Kind kind, String what, boolean found) {
	}

	/** {@code refused} holds the error when the import was refused or failed; {@code wrong} the people tied but not in the gold. */
	record DocumentScore(String document, List<Fact> facts, int tied, List<String> wrong, String refused) {

		int found() {
			return (int) facts.stream().filter(Fact::found).count();
		}

		int correct() {
			return tied - wrong.size();
		}
	}

	/** {@code together}: the documents went into one graph, in order, instead of each into an empty one. */
	record Report(List<DocumentScore> documents, boolean together, Map<String, Set<String>> documentsByForum) {

		/** Forums that more than one document was read into: right for two minutes of one body, wrong otherwise. */
		Map<String, Set<String>> sharedForums() {
			Map<String, Set<String>> out = new TreeMap<>();
			documentsByForum.forEach((forum, files) -> {
				if (files.size() > 1) {
					out.put(forum, files);
				}
			});
			return out;
		}

		int facts() {
			return documents.stream().mapToInt(d -> d.facts().size()).sum();
		}

		int found() {
			return documents.stream().mapToInt(DocumentScore::found).sum();
		}

		int tied() {
			return documents.stream().mapToInt(DocumentScore::tied).sum();
		}

		int correct() {
			return documents.stream().mapToInt(DocumentScore::correct).sum();
		}

		double recall() {
			return ratio(found(), facts());
		}

		double precision() {
			return tied() == 0 ? 1 : ratio(correct(), tied());
		}

		/** Per kind: {found, facts}. */
		Map<Kind, int[]> byKind() {
			Map<Kind, int[]> out = new EnumMap<>(Kind.class);
			for (Kind k : Kind.values()) {
				out.put(k, new int[2]);
			}
			for (DocumentScore d : documents) {
				for (Fact f : d.facts()) {
					out.get(f.kind())[1]++;
					if (f.found()) {
						out.get(f.kind())[0]++;
					}
				}
			}
			return out;
		}

		double recall(Kind kind) {
			int[] c = byKind().get(kind);
			return c[1] == 0 ? 1 : ratio(c[0], c[1]);
		}

		String text() {
			StringBuilder out = new StringBuilder();
			out.append(String.format("%n=== Corpus quality: %d documents, %s ===%n", documents.size(),
					together ? "all imported into one graph, in order" : "each imported alone into an empty graph"));
			out.append(String.format("TOTAL  recall %5.1f %% (%d/%d)   precision %5.1f %% (%d/%d)   refused %d%n",
					100 * recall(), found(), facts(), 100 * precision(), correct(), tied(),
					documents.stream().filter(d -> d.refused() != null).count()));
			if (together) {
				out.append(String.format("forums: %d, of which read from more than one document: %d%n", documentsByForum.size(),
						sharedForums().size()));
				sharedForums().forEach((forum, files) -> out.append("  ").append(forum).append(" <- ").append(files).append('\n'));
			}
			out.append("\nper kind of fact:\n");
			byKind().forEach((k, c) -> out.append(String.format("  %-22s %5.1f %% (%d/%d)%n", k.key,
					c[1] == 0 ? 100 : 100.0 * c[0] / c[1], c[0], c[1])));
			out.append("\nper document (worst recall first):\n");
			documents.stream()
				.sorted((a, b) -> Double.compare(ratio(a.found(), a.facts().size()), ratio(b.found(), b.facts().size())))
				.forEach(d -> out.append(String.format("  %-62s recall %5.1f %% (%3d/%3d)  precision %5.1f %% (%2d/%2d)%s%n",
						d.document(), 100 * ratio(d.found(), d.facts().size()), d.found(), d.facts().size(),
						d.tied() == 0 ? 100 : 100.0 * d.correct() / d.tied(), d.correct(), d.tied(),
						d.refused() == null ? "" : "  REFUSED: " + d.refused())));
			out.append("\nwork list:\n");
			for (DocumentScore d : documents) {
				List<String> missed = d.facts().stream().filter(f -> !f.found()).map(f -> f.kind().key + " " + f.what()).toList();
				if (missed.isEmpty() && d.wrong().isEmpty()) {
					continue;
				}
				out.append("  ").append(d.document()).append('\n');
				missed.forEach(m -> out.append("      missed: ").append(m).append('\n'));
				d.wrong().forEach(w -> out.append("      wrongly tied: ").append(w).append('\n'));
			}
			return out.toString();
		}
	}

	private CorpusQuality() {
	}

	static boolean available() {
		return Files.isDirectory(CORPUS.resolve("docs")) && Files.isRegularFile(CORPUS.resolve("gold.json"));
	}

	static List<Path> documents() throws IOException {
		try (Stream<Path> s = Files.list(CORPUS.resolve("docs"))) {
			return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
	}

	/**
	 * Parses one document as the importer does ({@link DocumentImporter#normalise}, then {@link MinutesParser#parse}:
	 * no database, names as written) and scores it.
	 */
	static DocumentScore parseAndScore(String file, Map<String, Object> gold, String text) {
		Extraction x = MinutesParser.parse(DocumentImporter.normalise(text), file);
		return x.isEmpty() ? score(file, gold, null, "nothing recognisable") : score(file, gold, asResponse(x), null);
	}

	/** The extraction shaped like the importDocument answer the scoring reads. */
	private static Map<String, Object> asResponse(Extraction x) {
		List<Object> meetings = new ArrayList<>();
		for (Extraction.MeetingX m : x.meetings()) {
			List<Object> attendance = new ArrayList<>();
			x.attendance().stream().filter(a -> a.meetingKey().equals(m.key())).forEach(a -> attendance.add(map(
					"status", a.status().name(), "person", person(x, a.person()), "representing", organisation(x, a.onBehalfOf()),
					"substituteFor", person(x, a.substituteFor()))));
			meetings.add(map("date", m.date() == null ? null : m.date().toString(), "location", m.location(), "attendance", attendance));
		}
		List<Object> forums = new ArrayList<>();
		for (Extraction.ForumX f : x.forums()) {
			List<Object> members = new ArrayList<>();
			x.memberships().stream().filter(ms -> ms.forum().equals(f.name()))
				.forEach(ms -> members.add(map("person", person(x, ms.person()), "representing", organisation(x, ms.onBehalfOf()))));
			forums.add(map("name", f.name(), "aliases", f.aliases(), "members", members));
		}
		return map("meetings", meetings, "forums", forums);
	}

	private static Map<String, Object> person(Extraction x, String name) {
		return name == null ? null : map("name", name, "aliases", x.people().stream().filter(p -> p.name().equals(name))
			.findFirst().map(Extraction.PersonX::aliases).orElse(List.of()));
	}

	private static Map<String, Object> organisation(Extraction x, String name) {
		return name == null ? null : map("name", name, "aliases", x.organisations().stream().filter(o -> o.name().equals(name))
			.findFirst().map(Extraction.OrgX::aliases).orElse(List.of()));
	}

	/** A map that holds nulls, as a JSON answer does. */
	private static Map<String, Object> map(Object... pairs) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], pairs[i + 1]);
		}
		return m;
	}
	/** Imports every document alone into an empty graph (all data deleted before each; constraints kept) and scores it. */
	static Report run(ExecutionGraphQlService graphQl, Neo4jClient neo4j) throws IOException {
		return run(graphQl, neo4j, false);
	}

	/**
	 * With {@code together}, every document goes into one graph, in file order, and is scored on what its import
	 * reports there: a forum of another body wrongly merged with this one brings that body's members along.
	 */
	@SuppressWarnings("unchecked")
	static Report run(ExecutionGraphQlService graphQl, Neo4jClient neo4j, boolean together) throws IOException {
		Map<String, Object> gold = JsonMapper.builder().build().readValue(CORPUS.resolve("gold.json").toFile(), Map.class);
		List<DocumentScore> scores = new ArrayList<>();
		Map<String, Set<String>> documentsByForum = new TreeMap<>();
		for (Path p : documents()) {
			String file = p.getFileName().toString();
			Map<String, Object> g = (Map<String, Object>) gold.get(file);
			if (g == null) {
				continue;
			}
			if (!together) {
				neo4j.query("MATCH (n) DETACH DELETE n").run();
			}
			Imported imported = importDocument(graphQl, file, Files.readString(p, StandardCharsets.UTF_8));
			scores.add(score(file, g, imported.data(), imported.error()));
			if (imported.data() != null) {
				maps(imported.data().get("forums")).forEach(
						f -> documentsByForum.computeIfAbsent((String) f.get("id"), k -> new TreeSet<>()).add(file));
			}
		}
		neo4j.query("MATCH (n) DETACH DELETE n").run();
		return new Report(scores, together, documentsByForum);
	}

	record Imported(Map<String, Object> data, String error) {
	}

	@SuppressWarnings("unchecked")
	static Imported importDocument(ExecutionGraphQlService graphQl, String title, String text) {
		// in-process, so no X-API-Key: the import runs as an editor would
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"corpus-benchmark", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		org.springframework.graphql.ExecutionGraphQlResponse response;
		try {
			response = graphQl.execute(new DefaultExecutionGraphQlRequest(MUTATION, null,
					Map.of("input", Map.of("title", title, "text", text, "source", "corpus/" + title)), null,
					"corpus-" + System.nanoTime(), Locale.ROOT)).block();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		if (response == null) {
			return new Imported(null, "no response");
		}
		if (!response.getErrors().isEmpty()) {
			var e = response.getErrors().get(0);
			return new Imported(null, e.getErrorType() + " " + e.getMessage());
		}
		Map<String, Object> data = response.getData();
		return new Imported((Map<String, Object>) data.get("importDocument"), null);
	}

	// ---- scoring, by the corpus README ----

	/** Case-, whitespace- and hyphen-insensitive form of a name or label. */
	static String norm(String s) {
		return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]", "");
	}

	private static List<String> forms(Map<String, Object> entity) {
		if (entity == null) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		out.add(norm((String) entity.get("name")));
		for (Object a : list(entity.get("aliases"))) {
			out.add(norm((String) a));
		}
		return out;
	}

	private static boolean named(Map<String, Object> person, String name) {
		return forms(person).contains(norm(name));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object o) {
		return o == null ? List.of() : (List<Object>) o;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object o) {
		return o == null ? List.of() : (List<Map<String, Object>>) o;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object o) {
		return o == null ? List.of() : (List<String>) o;
	}

	@SuppressWarnings("unchecked")
	static DocumentScore score(String file, Map<String, Object> gold, Map<String, Object> data, String error) {
		List<Map<String, Object>> meetings = data == null ? List.of() : maps(data.get("meetings"));
		List<Map<String, Object>> forums = data == null ? List.of() : maps(data.get("forums"));
		String goldDate = (String) gold.get("date");
		String goldForum = (String) gold.get("forum");

		Map<String, Object> meeting = meetings.stream().filter(m -> goldDate != null && goldDate.equals(m.get("date")))
			.findFirst().orElse(meetings.isEmpty() ? null : meetings.get(0));
		Function<Map<String, Object>, Boolean> isGoldForum = f -> goldForum != null
				&& forms(f).stream().anyMatch(n -> !n.isEmpty() && (n.contains(norm(goldForum)) || norm(goldForum).contains(n)));
		Map<String, Object> forum = forums.stream().filter(isGoldForum::apply).findFirst()
			.orElse(forums.isEmpty() ? null : forums.get(0));

		List<Map<String, Object>> attendance = meeting == null ? List.of() : maps(meeting.get("attendance"));
		List<Map<String, Object>> members = forum == null ? List.of() : maps(forum.get("members"));
		boolean noAttendanceAtAll = meetings.stream().allMatch(m -> maps(m.get("attendance")).isEmpty());

		Function<String, Stream<Map<String, Object>>> attendanceOf = name -> attendance.stream()
			.filter(a -> named((Map<String, Object>) a.get("person"), name));
		Function<String, Stream<Map<String, Object>>> membershipOf = name -> members.stream()
			.filter(m -> named((Map<String, Object>) m.get("person"), name));

		List<Fact> facts = new ArrayList<>();
		for (String name : strings(gold.get("present"))) {
			boolean found = attendanceOf.apply(name).anyMatch(a -> "PRESENT".equals(a.get("status")))
					|| noAttendanceAtAll && membershipOf.apply(name).findAny().isPresent();
			facts.add(new Fact(Kind.PRESENT, name, found));
		}
		for (String name : strings(gold.get("absent"))) {
			facts.add(new Fact(Kind.ABSENT, name, attendanceOf.apply(name).anyMatch(a -> "ABSENT".equals(a.get("status")))));
		}
		for (String name : strings(gold.get("present_or_guest"))) {
			facts.add(new Fact(Kind.GUEST, name,
					attendanceOf.apply(name).anyMatch(a -> "PRESENT".equals(a.get("status")) || "GUEST".equals(a.get("status")))));
		}
		for (String name : strings(gold.get("members"))) {
			facts.add(new Fact(Kind.MEMBER, name,
					membershipOf.apply(name).findAny().isPresent() || attendanceOf.apply(name).findAny().isPresent()));
		}
		Map<String, String> representing = gold.get("members_representing") == null ? Map.of()
				: (Map<String, String>) gold.get("members_representing");
		representing.forEach((name, label) -> {
			boolean found = Stream.concat(membershipOf.apply(name), attendanceOf.apply(name))
				.anyMatch(x -> representsLabel((Map<String, Object>) x.get("representing"), label));
			facts.add(new Fact(Kind.REPRESENTING, name + " -> " + label, found));
		});
		Map<String, String> substitutes = gold.get("substitutes") == null ? Map.of()
				: (Map<String, String>) gold.get("substitutes");
		substitutes.forEach((sub, absentee) -> facts.add(new Fact(Kind.SUBSTITUTE, sub + " for " + absentee,
				attendanceOf.apply(sub).anyMatch(a -> named((Map<String, Object>) a.get("substituteFor"), absentee)))));
		for (String name : strings(gold.get("not_present"))) {
			boolean tied = attendanceOf.apply(name).anyMatch(a -> !"ABSENT".equals(a.get("status")))
					|| membershipOf.apply(name).findAny().isPresent();
			facts.add(new Fact(Kind.NOT_PRESENT, name, !tied));
		}
		if (goldDate != null) {
			facts.add(new Fact(Kind.DATE, goldDate, meeting != null && goldDate.equals(meeting.get("date"))));
		}
		String place = (String) gold.get("location_contains");
		if (place != null) {
			facts.add(new Fact(Kind.LOCATION, place, meeting != null && meeting.get("location") != null
					&& ((String) meeting.get("location")).toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT))));
		}
		if (goldForum != null) {
			facts.add(new Fact(Kind.FORUM, goldForum, forums.stream().anyMatch(isGoldForum::apply)));
		}

		// precision: the people tied to that meeting or forum, and which of them the gold names
		Set<String> goldNames = new LinkedHashSet<>();
		for (String key : List.of("present", "absent", "present_or_guest", "members")) {
			strings(gold.get(key)).forEach(n -> goldNames.add(norm(n)));
		}
		representing.keySet().forEach(n -> goldNames.add(norm(n)));
		substitutes.keySet().forEach(n -> goldNames.add(norm(n)));
		substitutes.values().forEach(n -> goldNames.add(norm(n)));
		Map<String, Map<String, Object>> tied = new LinkedHashMap<>();
		Stream.concat(attendance.stream(), members.stream())
			.map(x -> (Map<String, Object>) x.get("person"))
			.filter(Objects::nonNull)
			.forEach(p -> tied.putIfAbsent(String.join("|", forms(p)), p));
		List<String> wrong = tied.values().stream()
			.filter(p -> forms(p).stream().noneMatch(goldNames::contains))
			.map(p -> (String) p.get("name"))
			.toList();
		return new DocumentScore(file, facts, tied.size(), wrong, error);
	}

	/** Labels under 4 letters (party letters) must equal a name or alias; longer ones contain or be contained. */
	private static boolean representsLabel(Map<String, Object> org, String label) {
		String l = norm(label);
		return forms(org).stream().anyMatch(n -> l.length() < 4 ? n.equals(l) : !n.isEmpty() && (n.contains(l) || l.contains(n)));
	}

	static double ratio(int a, int b) {
		return b == 0 ? 1 : (double) a / b;
	}
}
