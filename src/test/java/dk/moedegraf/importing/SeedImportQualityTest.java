package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dk.moedegraf.GraphTest;

/**
 * Imports the five seed documents into an EMPTY database and compares the result with the curated
 * seed graph (cypher/seed): recall and precision of person–forum, person–meeting (with status) and
 * organisation–forum facts, and of merges (pairs of written names the graph holds as one person).
 * Entities of the two graphs are paired by their written forms, never by id. The figures are printed;
 * the test asserts only sane floors. Skipped when ../shared/seeds or cypher/seed is absent.
 *
 * Run: ./mvnw -B test -Dtest=SeedImportQualityTest
 */
@TestPropertySource(properties = "moedegraf.graph.seed=never")
class SeedImportQualityTest extends GraphTest {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private static final Path CURATED = Path.of("cypher", "seed");

	@Autowired
	DocumentImporter importer;

	record Entity(String id, List<String> forms, Set<String> documents) {
	}

	record Graph(Map<String, Entity> people, Map<String, Entity> forums, Map<String, Entity> orgs,
			Map<String, Entity> meetings, Map<String, String> meetingDates, Map<String, Set<String>> meetingForums,
			Set<List<String>> memberOf, Set<List<String>> attended, Set<List<String>> orgForum) {
	}

	@Test
	void importing_the_seeds_into_an_empty_graph_comes_close_to_the_curated_graph() throws IOException {
		assumeTrue(Files.isDirectory(SEEDS) && Files.isDirectory(CURATED), "seed documents or curated graph absent");
		List<Path> documents;
		try (Stream<Path> s = Files.list(SEEDS)) {
			documents = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		assumeTrue(!documents.isEmpty());

		wipe();
		for (Path p : documents) {
			importer.importDocument(new DocumentImporter.Request(p.getFileName().toString(),
					Files.readString(p, StandardCharsets.UTF_8), "seed/" + p.getFileName(), false));
		}
		Graph imported = read();

		wipe();
		List<Path> scripts;
		try (Stream<Path> s = Files.list(CURATED)) {
			scripts = s.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
		}
		for (Path script : scripts) {
			for (String statement : statements(Files.readString(script))) {
				neo4j.query(statement).run();
			}
		}
		Graph curated = read();

		// the everyday case: the same documents imported again into the curated graph should mostly match
		StringBuilder onCurated = new StringBuilder("\n=== The seeds imported into the curated graph ===\n");
		for (Path p : documents) {
			ImportReport r = importer.importDocument(new DocumentImporter.Request(p.getFileName().toString(),
					Files.readString(p, StandardCharsets.UTF_8), "seed/" + p.getFileName(), false));
			onCurated.append(String.format("%s: created %d, matched %d; new people %s; forums %s; %d warnings%n",
					p.getFileName(), r.created(), r.matched(),
					r.decisions().stream().filter(d -> d.kind().equals("PERSON") && !d.matched()).map(d -> d.name()).toList(),
					r.decisions().stream().filter(d -> d.kind().equals("FORUM")).map(d -> d.name() + (d.matched() ? " = " : " NEW ") + d.id()).toList(),
					r.warnings().size()));
			r.warnings().forEach(w -> onCurated.append("    warning: ").append(w).append('\n'));
		}
		System.out.println(onCurated);
		wipe();

		Map<String, String> people = pair(imported.people(), curated.people(), true);
		Map<String, String> forums = pair(imported.forums(), curated.forums(), false);
		Map<String, String> orgs = pair(imported.orgs(), curated.orgs(), false);
		Map<String, String> meetings = new HashMap<>();
		for (String m : imported.meetings().keySet()) {
			for (String c : curated.meetings().keySet()) {
				boolean sameDate = String.valueOf(imported.meetingDates().get(m)).equals(String.valueOf(curated.meetingDates().get(c)));
				boolean sameForum = imported.meetingForums().getOrDefault(m, Set.of()).stream()
					.map(forums::get)
					.anyMatch(f -> curated.meetingForums().getOrDefault(c, Set.of()).contains(f));
				boolean sameDocument = imported.meetings().get(m).documents().stream()
					.anyMatch(curated.meetings().get(c).documents()::contains);
				if (sameForum && sameDate && sameDocument) {
					meetings.put(m, c);
				}
			}
		}

		List<double[]> figures = new ArrayList<>();
		StringBuilder out = new StringBuilder("\n=== Seed import quality (imported into an empty graph vs cypher/seed) ===\n");
		figures.add(compare(out, "person–forum (MEMBER_OF)", map(imported.memberOf(), people, forums), curated.memberOf()));
		figures.add(compare(out, "person–meeting with status", map(imported.attended(), people, meetings), curated.attended()));
		figures.add(compare(out, "organisation–forum (PARTICIPATES_IN)", map(imported.orgForum(), orgs, forums), curated.orgForum()));
		figures.add(compare(out, "merges (name pairs held as one person)", mergePairs(imported.people()), mergePairs(curated.people()),
				formsInBoth(imported.people(), curated.people())));
		out.append(String.format("entities paired: people %d/%d, forums %d/%d, organisations %d/%d, meetings %d/%d%n",
				people.size(), curated.people().size(), forums.size(), curated.forums().size(), orgs.size(),
				curated.orgs().size(), meetings.size(), curated.meetings().size()));
		Set<String> pairedPeople = new HashSet<>(people.values());
		out.append("curated people not read: ").append(curated.people().values().stream()
			.filter(e -> !pairedPeople.contains(e.id())).map(e -> e.forms().get(0)).sorted().toList()).append('\n');
		out.append("people read that the curated graph lacks: ").append(imported.people().values().stream()
			.filter(e -> !people.containsKey(e.id())).map(e -> e.forms().get(0)).sorted().toList()).append('\n');
		System.out.println(out);

		// floors, not the target: a broken parser or writer falls far below these
		for (double[] f : figures) {
			assertThat(f[0]).as("recall").isGreaterThan(0.5);
			assertThat(f[1]).as("precision").isGreaterThan(0.5);
		}
	}

	private void wipe() {
		neo4j.query("MATCH (n) DETACH DELETE n").run();
	}

	private Graph read() {
		return new Graph(entities("Person", "p.name"), entities("Forum", "p.name"), entities("Organisation", "p.name"),
				entities("Meeting", "p.title"),
				pairsToMap("MATCH (m:Meeting) RETURN m.id AS a, toString(m.date) AS b"),
				multi("MATCH (m:Meeting)-[:OF]->(f:Forum) RETURN m.id AS a, f.id AS b"),
				facts("MATCH (a:Person)-[:MEMBER_OF]->(b:Forum) RETURN [a.id, b.id] AS f"),
				facts("MATCH (a:Person)-[r:PARTICIPATED_IN]->(b:Meeting) RETURN [a.id, b.id, r.status] AS f"),
				facts("MATCH (a:Organisation)-[:PARTICIPATES_IN]->(b:Forum) RETURN [a.id, b.id] AS f"));
	}

	private Map<String, Entity> entities(String label, String name) {
		Map<String, Entity> out = new LinkedHashMap<>();
		neo4j.query("MATCH (p:" + label + ") OPTIONAL MATCH (p)-[:SOURCED_FROM]->(d:Document) RETURN p.id AS id, "
				+ name + " AS name, coalesce(p.aliases, []) AS aliases, collect(DISTINCT d.id) AS docs")
			.fetch()
			.all()
			.forEach(r -> {
				List<String> forms = new ArrayList<>();
				forms.add(String.valueOf(r.get("name")));
				for (Object a : (List<?>) r.get("aliases")) {
					forms.add(String.valueOf(a));
				}
				Set<String> docs = new HashSet<>();
				for (Object d : (List<?>) r.get("docs")) {
					docs.add(String.valueOf(d));
				}
				out.put(String.valueOf(r.get("id")), new Entity(String.valueOf(r.get("id")), forms, docs));
			});
		return out;
	}

	private Map<String, String> pairsToMap(String cypher) {
		Map<String, String> out = new HashMap<>();
		neo4j.query(cypher).fetch().all().forEach(r -> out.put(String.valueOf(r.get("a")), String.valueOf(r.get("b"))));
		return out;
	}

	private Map<String, Set<String>> multi(String cypher) {
		Map<String, Set<String>> out = new HashMap<>();
		neo4j.query(cypher).fetch().all()
			.forEach(r -> out.computeIfAbsent(String.valueOf(r.get("a")), k -> new HashSet<>()).add(String.valueOf(r.get("b"))));
		return out;
	}

	private Set<List<String>> facts(String cypher) {
		Set<List<String>> out = new HashSet<>();
		neo4j.query(cypher).fetch().all().forEach(r -> out.add(((List<?>) r.get("f")).stream().map(String::valueOf).toList()));
		return out;
	}

	/**
	 * Imported entity -> curated entity sharing a written form (folded; for people also OCR forms),
	 * ties broken by the documents both were read from.
	 */
	private static Map<String, String> pair(Map<String, Entity> imported, Map<String, Entity> curated, boolean people) {
		Map<String, String> out = new HashMap<>();
		for (Entity i : imported.values()) {
			String best = null;
			int bestScore = 0;
			for (Entity c : curated.values()) {
				int shared = 0;
				for (String f : i.forms()) {
					for (String g : c.forms()) {
						if (people && Names.words(f).size() < 2) {
							continue; // initials say nothing across documents
						}
						if (Fold.key(f).equals(Fold.key(g)) || people && Names.sameName(f, g)
								|| !people && Fold.key(f).length() >= 8 && Fold.ocrSame(Fold.key(f), Fold.key(g))) {
							shared++;
						}
					}
				}
				if (shared == 0) {
					continue;
				}
				int score = shared * 10 + (int) i.documents().stream().filter(c.documents()::contains).count() * 100;
				if (score > bestScore) {
					best = c.id();
					bestScore = score;
				}
			}
			if (best != null) {
				out.put(i.id(), best);
			}
		}
		return out;
	}

	/** Facts in curated ids; an unpaired end keeps its imported id and so counts against precision. */
	private static Set<List<String>> map(Set<List<String>> facts, Map<String, String> a, Map<String, String> b) {
		Set<List<String>> out = new HashSet<>();
		for (List<String> f : facts) {
			List<String> g = new ArrayList<>(f);
			g.set(0, a.getOrDefault(f.get(0), "unpaired:" + f.get(0)));
			g.set(1, b.getOrDefault(f.get(1), "unpaired:" + f.get(1)));
			out.add(g);
		}
		return out;
	}

	private static double[] compare(StringBuilder out, String what, Set<List<String>> got, Set<List<String>> want) {
		Set<List<String>> hit = new HashSet<>(got);
		hit.retainAll(want);
		double recall = want.isEmpty() ? 1 : (double) hit.size() / want.size();
		double precision = got.isEmpty() ? 1 : (double) hit.size() / got.size();
		out.append(String.format("%-42s recall %5.1f %% (%d/%d)   precision %5.1f %% (%d/%d)%n", what, recall * 100,
				hit.size(), want.size(), precision * 100, hit.size(), got.size()));
		Set<List<String>> missed = new TreeSetOfLists(want);
		missed.removeAll(got);
		Set<List<String>> extra = new TreeSetOfLists(got);
		extra.removeAll(want);
		missed.stream().limit(25).forEach(f -> out.append("    missed: ").append(f).append('\n'));
		extra.stream().limit(25).forEach(f -> out.append("    extra:  ").append(f).append('\n'));
		return new double[] { recall, precision };
	}

	private static double[] compare(StringBuilder out, String what, Set<List<String>> got, Set<List<String>> want,
			Set<String> universe) {
		return compare(out, what, restrict(got, universe), restrict(want, universe));
	}

	private static Set<List<String>> restrict(Set<List<String>> pairs, Set<String> universe) {
		Set<List<String>> out = new HashSet<>();
		for (List<String> p : pairs) {
			if (universe.contains(p.get(0)) && universe.contains(p.get(1))) {
				out.add(p);
			}
		}
		return out;
	}

	/** Pairs of distinct written full-name forms (folded) that one person node holds. */
	private static Set<List<String>> mergePairs(Map<String, Entity> people) {
		Set<List<String>> out = new HashSet<>();
		for (Entity e : people.values()) {
			List<String> forms = e.forms().stream().filter(f -> Names.words(f).size() >= 2).map(Fold::key).distinct().sorted().toList();
			for (int i = 0; i < forms.size(); i++) {
				for (int j = i + 1; j < forms.size(); j++) {
					out.add(List.of(forms.get(i), forms.get(j)));
				}
			}
		}
		return out;
	}

	private static Set<String> formsInBoth(Map<String, Entity> a, Map<String, Entity> b) {
		Set<String> x = new HashSet<>();
		a.values().forEach(e -> e.forms().forEach(f -> x.add(Fold.key(f))));
		Set<String> y = new HashSet<>();
		b.values().forEach(e -> e.forms().forEach(f -> y.add(Fold.key(f))));
		x.retainAll(y);
		return x;
	}

	/** Statements of a Cypher script: split on semicolons that end a line, comment lines dropped. */
	static List<String> statements(String script) {
		List<String> out = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		for (String line : script.split("\n", -1)) {
			if (line.strip().startsWith("//")) {
				continue;
			}
			cur.append(line).append('\n');
			if (line.strip().endsWith(";")) {
				String s = cur.toString().strip();
				out.add(s.substring(0, s.length() - 1));
				cur.setLength(0);
			}
		}
		if (!cur.toString().isBlank()) {
			out.add(cur.toString().strip());
		}
		return out;
	}

	/** A sorted set of string lists, for readable listings. */
	private static final class TreeSetOfLists extends TreeSet<List<String>> {

		TreeSetOfLists(Set<List<String>> from) {
			super((x, y) -> String.join("|", x).compareTo(String.join("|", y)));
			addAll(from);
		}
	}
}
