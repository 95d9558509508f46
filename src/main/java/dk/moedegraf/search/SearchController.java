package dk.moedegraf.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dk.moedegraf.model.NodeKind;
import dk.moedegraf.query.ReadPath;
import dk.moedegraf.query.Reads;
import dk.moedegraf.query.RootCompilations;
import dk.moedegraf.query.Selection;
import dk.moedegraf.security.ContactData;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");
	// compiled once: String.split and replaceAll compile their pattern on every call (~2 % of a search request's thread)
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

	private final Reads reads;
	private final RootCompilations compilations;
	private final int maxFirst;

	SearchController(Reads reads, RootCompilations compilations, @org.springframework.beans.factory.annotation.Value("${moedegraf.api.max-search-results:50}") int maxFirst) {
		this.reads = reads;
		this.compilations = compilations;
		this.maxFirst = maxFirst;
	}

	enum EntityKind { PERSON, ORGANISATION, FORUM, MEETING, INITIATIVE, DOCUMENT }

	/** A hit's projection, for what the query selects; {@code withMatched}: the hit's {@code matched} is selected. */
	private record Hit(boolean withMatched, String projection) {
	}

	/** {@code matched} is null when the query does not select it. */
	record SearchHit(Object node, double score, String matched) {
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<EntityKind> kinds, @Argument Integer first,
			DataFetchingEnvironment env) {
		int limit = first == null ? 10 : first;
		if (limit < 0 || limit > maxFirst) {
			throw new IllegalArgumentException("first must be between 0 and " + maxFirst + ", was " + limit);
		}
		if (text.length() > 200) {
			throw new IllegalArgumentException("search text is limited to 200 characters");
		}
		List<String> tokens = Skeleton.tokens(text).stream().limit(8).toList();
		if (tokens.isEmpty() || limit == 0) {
			return List.of();
		}
		List<String> labels = kinds == null ? null
				: kinds.stream().map(k -> NodeKind.valueOf(k.name()).label()).toList();
		var params = new HashMap<String, Object>();
		params.put("q", entityQuery(tokens));
		params.put("body", textQuery(text));
		params.put("labels", labels);
		params.put("limit", limit);
		boolean documents = labels == null || labels.contains("Document");
		// A hit carries what the query selects of its node; `matched` also needs the names it is chosen from and,
		// for a document found by its text, the text its snippet is cut from (the bulk of a hit when it is not asked for).
		Hit compiled = compilations.get(env, "search hit", () -> env.getSelectionSet().contains("matched")
				? new Hit(true, "node " + FIELDS)
				: new Hit(false, ReadPath.anyNode("node", Selection.of(env, "", "SearchHit"), "node", NodeKind.values())));
		boolean withMatched = compiled.withMatched();
		String hit = compiled.projection();
		// One statement: names and titles, then (when documents are asked for) document bodies.
		String cypher = "CALL () { CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score "
				+ "WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels) "
				+ "RETURN node, score, false AS body ORDER BY score DESC, node.id LIMIT $limit"
				+ (documents ? " UNION ALL CALL db.index.fulltext.queryNodes('document_text', $body) YIELD node, score "
						+ "RETURN node, score / 2 AS score, true AS body ORDER BY score DESC LIMIT $limit" : "")
				+ " } RETURN " + hit + " AS hit, score" + (withMatched ? ", CASE WHEN body THEN node.text END AS text" : "");
		var hits = new ArrayList<SearchHit>();
		var seen = new HashSet<String>();
		reads.records(cypher, params, r -> {
			Value n = r.get("hit");
			var kind = NodeKind.ofId(n.get("id").asString());
			// A document found by its title as well as its text is listed once, as the title hit.
			if (kind.isPresent() && seen.add(n.get("id").asString())) {
				// Body matches rank below name and title matches of similar score (score halved above).
				hits.add(new SearchHit(kind.get().toRecord(n), r.get("score").asDouble(), !withMatched ? null
						: r.get("text").isNull() ? matched(n, tokens)
						: ContactData.forCurrentReader(snippet(r.get("text").asString(), tokens))));
			}
			return null;
		});
		hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
		return hits.size() > limit ? hits.subList(0, limit) : hits;
	}

	/** What a hit's record and {@link #matched} read: no search text, no document body. */
	private static final String FIELDS = "{.id, .name, .title, .aliases, .initials, .code, .kind, .date, .caseNumbers, "
			+ ".source, .startsAt, .endsAt, .location}";

	/**
	 * Every token must occur, as Lucene clauses over the two properties of {@code entity_search}: the whole
	 * word in {@code searchText} (ranked first), a prefix or a part of a word (three letters or more) as a
	 * phrase of trigrams in {@code searchGrams}, or one wrong letter (four or more; a Levenshtein automaton
	 * over the terms, not a scan). No leading wildcard: the cost of a query does not grow with the number of
	 * distinct words in the index. Tokens are skeletons ({@code [a-z0-9]}), never Lucene syntax.
	 */
	static String entityQuery(List<String> tokens) {
		var clauses = new ArrayList<String>();
		for (String token : tokens) {
			String t = escape(token);
			var parts = new ArrayList<String>();
			parts.add("searchText:" + t + "^4");
			parts.add(token.length() == 1 ? "searchGrams:" + SearchText.EDGE + t + "*^2"
					: "searchGrams:\"" + String.join(" ", SearchText.trigrams(SearchText.EDGE + t)) + "\"^2");
			if (token.length() >= 4) {
				parts.add("searchText:" + t + "~1");
			}
			if (token.length() >= 3) {
				parts.add("searchGrams:\"" + String.join(" ", SearchText.trigrams(t)) + "\"");
			}
			clauses.add("(" + String.join(" OR ", parts) + ")");
		}
		return String.join(" AND ", clauses);
	}

	/** Words of the user's text for the Danish-stemmed document index; never Lucene syntax from the user. */
	static String textQuery(String text) {
		var words = new ArrayList<String>();
		for (String w : WHITESPACE.split(text.toLowerCase())) {
			String word = NOT_LETTER_OR_DIGIT.matcher(w).replaceAll("");
			if (!word.isEmpty()) {
				words.add(word.length() >= 5 ? escape(word) + "~1" : escape(word));
			}
		}
		return words.isEmpty() ? "\"\"" : String.join(" AND ", words);
	}

	static String escape(String s) {
		return LUCENE_SPECIAL.matcher(s).replaceAll("\\\\$1");
	}

	/** The written form that explains the hit best: the one whose skeleton holds the most query tokens. */
	static String matched(MapAccessor n, List<String> tokens) {
		var forms = new ArrayList<String>();
		forms.add(n.get("name").isNull() ? n.get("title").asString("") : n.get("name").asString());
		forms.addAll(n.get("aliases").asList(Value::asString, List.of()));
		forms.addAll(n.get("initials").asList(Value::asString, List.of()));
		if (!n.get("code").isNull()) {
			forms.add(n.get("code").asString());
		}
		Map<String, Integer> score = new HashMap<>();
		for (String f : forms) {
			String sk = Skeleton.of(f);
			int s = 0;
			for (String t : tokens) {
				if ((" " + sk + " ").contains(" " + t + " ")) {
					s += 3;
				}
				else if (sk.contains(t)) {
					s += 2;
				}
			}
			score.put(f, s);
		}
		return forms.stream().max(Comparator.comparingInt((String f) -> score.get(f))
				.thenComparing(f -> -f.length())).orElse("");
	}

	private static String snippet(String text, List<String> tokens) {
		for (String line : text.split("\n")) {
			String sk = Skeleton.of(line);
			if (tokens.stream().anyMatch(sk::contains)) {
				String l = line.strip();
				return l.length() > 120 ? l.substring(0, 120) + "…" : l;
			}
		}
		return "";
	}
}
