package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import dk.moedegraf.names.NameKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides for each extracted entity whether the graph already holds it, and says why. Merges only on
 * evidence: the same name or alias (case, diacritics and OCR damage folded), the same name without
 * middle names, the same budget code. Two people who merely share a surname stay two; a near miss is
 * created anew and reported as a warning, never merged silently.
 * <p>
 * It decides among the nodes it is given: the importer hands it the candidates the graph's key indexes
 * return for the document's names ({@link NameKeys}), which include every node a rule here can match,
 * and the nodes holding the ids a new node would get ({@link #freshId}).
 */
final class Resolver {

	/** A node the graph already holds; {@code hosts} the ids of the organisations that host it (forums). */
	record Known(String id, String name, List<String> aliases, String code, List<String> hosts) {

		Known(String id, String name, List<String> aliases, String code) {
			this(id, name, aliases, code, List.of());
		}

		List<String> forms() {
			List<String> f = new ArrayList<>();
			f.add(name);
			if (aliases != null) {
				f.addAll(aliases);
			}
			return f;
		}
	}

	/**
	 * What ties an existing person to other nodes: read from this document before, or vouched for by an editor (created,
	 * corrected or merged into); the forums sat in or met in (ids and names), the organisations sat for or worked at,
	 * parties left out (ids and names).
	 */
	record PersonTies(boolean vouched, Set<String> forums, Set<String> forumNames, Set<String> organisations,
			Set<String> organisationNames) {
	}

	/** Matched-or-created, per entity, with the reason; the report carries these. */
	record Decision(String kind, String name, String id, boolean matched, String reason) {
	}

	private final List<Known> people;

	private final List<Known> organisations;

	private final List<Known> forums;

	private final List<Known> initiatives;

	private final Set<String> takenIds = new HashSet<>();

	final List<String> warnings = new ArrayList<>();

	Resolver(List<Known> people, List<Known> organisations, List<Known> forums, List<Known> initiatives) {
		this.people = people;
		this.organisations = organisations;
		this.forums = forums;
		this.initiatives = initiatives;
		for (List<Known> l : List.of(people, organisations, forums, initiatives)) {
			l.forEach(k -> takenIds.add(k.id()));
		}
	}

	/** The ties of the candidate people, by id; null when the document's context is not known (names alone decide). */
	private java.util.Map<String, PersonTies> ties;

	/** The document's people, and its forums and organisations a person's ties can share, folded. */
	private List<String> documentPeople = List.of();

	private Set<String> documentForums = Set.of();

	private Set<String> documentOrganisations = Set.of();

	/**
	 * Names the document's context, so that a name alone no longer makes two documents speak of one person: see
	 * {@link #tied}. Forums with a name any body could have and parties do not count.
	 */
	Resolver withDocument(java.util.Map<String, PersonTies> ties, List<String> people, List<String> forums, List<String> organisations) {
		this.ties = ties;
		this.documentPeople = List.copyOf(people);
		this.documentForums = new HashSet<>(forums.stream().filter(f -> !Vocabulary.isGenericForumName(f)).map(Fold::key).toList());
		this.documentOrganisations = new HashSet<>(organisations.stream().filter(o -> !Vocabulary.isParty(o)
				&& !Vocabulary.PARTY_LETTERS.containsValue(o)).map(Fold::key).toList());
		return this;
	}

	Decision person(String name, List<String> aliases) {
		Decision d = byName(name, aliases);
		if (!d.matched() || ties == null || tied(d.id(), name)) {
			return d;
		}
		Known k = people.stream().filter(p -> p.id().equals(d.id())).findFirst().orElseThrow();
		boolean distinctive = Names.words(name).size() >= 3 && Fold.key(name).equals(Fold.key(k.name()));
		if (distinctive) {
			return d;
		}
		warnings.add("'" + name + "' has the name of existing '" + k.name() + "' (" + k.id() + "), but nothing in the document ties "
				+ "them: no forum, organisation or fellow member in common; created as a new person, merge the two (mergeEntities) "
				+ "if they are one");
		return create("PERSON", "person:", name, "a name others may have, and nothing ties the document to " + k.id());
	}

	/**
	 * Many people share a name ("Jens Jensen" sits in more than one kommune), so a name alone does not make an existing
	 * person the document's: the person was read from this document before or is one an editor vouched for (the name an
	 * editor gave is meant to be found), sits or met in a forum with another of the
	 * document's people, sits for or works at one organisation with one, or sits in a forum or works at an organisation
	 * the document names. A name of three words or more, written alike, is taken on its own.
	 */
	private boolean tied(String id, String name) {
		PersonTies t = ties.get(id);
		if (t == null) {
			return false;
		}
		if (t.vouched() || t.forumNames().stream().map(Fold::key).anyMatch(documentForums::contains)
				|| t.organisationNames().stream().map(Fold::key).anyMatch(documentOrganisations::contains)) {
			return true;
		}
		for (String other : documentPeople) {
			if (Fold.key(other).equals(Fold.key(name))) {
				continue;
			}
			for (Known k : people) {
				PersonTies o = ties.get(k.id());
				if (o == null || k.id().equals(id) || k.forms().stream().noneMatch(f -> Fold.key(f).equals(Fold.key(other)))) {
					continue;
				}
				if (o.forums().stream().anyMatch(t.forums()::contains) || o.organisations().stream().anyMatch(t.organisations()::contains)) {
					return true;
				}
			}
		}
		return false;
	}

	private Decision byName(String name, List<String> aliases) {
		List<String> forms = new ArrayList<>(new LinkedHashSet<>(concat(name, aliases)));
		Set<Known> exact = new LinkedHashSet<>();
		for (Known k : people) {
			for (String f : forms) {
				for (String g : k.forms()) {
					if (!Fold.key(f).isEmpty() && Fold.key(f).equals(Fold.key(g))) {
						exact.add(k);
					}
				}
			}
		}
		if (exact.size() == 1) {
			Known k = exact.iterator().next();
			return new Decision("PERSON", name, k.id(), true, "same name as existing '" + k.name() + "'");
		}
		if (exact.size() > 1 && ties != null) {
			List<Known> tiedOnes = exact.stream().filter(k -> tied(k.id(), name)).toList();
			if (tiedOnes.size() == 1) {
				Known k = tiedOnes.get(0);
				return new Decision("PERSON", name, k.id(), true, "same name as existing '" + k.name() + "', the one of "
						+ exact.size() + " the document's context ties to it");
			}
		}
		if (exact.size() > 1) {
			warnings.add("'" + name + "' has the name of " + exact.size() + " people in the graph ("
					+ ids(exact) + "); created as a new person, please merge by hand if one of them");
			return create("PERSON", "person:", name, "ambiguous: several existing people share the name");
		}
		Set<Known> ocr = new LinkedHashSet<>();
		for (Known k : people) {
			for (String f : forms) {
				for (String g : k.forms()) {
					if (Names.sameName(f, g)) {
						ocr.add(k);
					}
				}
			}
		}
		if (ocr.size() == 1) {
			Known k = ocr.iterator().next();
			return new Decision("PERSON", name, k.id(), true,
					"same name as existing '" + k.name() + "' but for OCR damage or a doubled letter");
		}
		Set<Known> shorter = new LinkedHashSet<>();
		boolean surnameDropped = false;
		for (Known k : people) {
			for (String f : forms) {
				for (String g : k.forms()) {
					if (Names.isShortFormOf(f, g) || Names.isShortFormOf(g, f)) {
						shorter.add(k);
						String s = Names.isShortFormOf(f, g) ? f : g;
						String l = s == f ? g : f;
						List<String> sw = Names.words(s);
						List<String> lw = Names.words(l);
						surnameDropped |= !Names.wordSame(sw.get(sw.size() - 1), lw.get(lw.size() - 1));
					}
				}
			}
		}
		if (shorter.size() == 1) {
			Known k = shorter.iterator().next();
			if (surnameDropped) {
				warnings.add("uncertain: '" + name + "' matched existing '" + k.name() + "' (" + k.id()
						+ ") although the last names differ; check");
			}
			return new Decision("PERSON", name, k.id(), true,
					"'" + name + "' and existing '" + k.name() + "' are one name with middle or last names left out");
		}
		if (shorter.size() > 1) {
			warnings.add("'" + name + "' could be any of " + ids(shorter) + "; created as a new person");
			return create("PERSON", "person:", name, "ambiguous short name; not merged");
		}
		for (Known k : people) {
			for (String g : k.forms()) {
				String a = Fold.key(name);
				String b = Fold.key(g);
				if (Math.abs(a.length() - b.length()) <= 2 && Initiatives.editDistance(a, b) <= 2
						&& Names.words(name).size() == Names.words(g).size()) {
					warnings.add("'" + name + "' looks like existing '" + k.name() + "' (" + k.id()
							+ ") but differs in more than OCR damage; created as a new person");
					return create("PERSON", "person:", name, "new; near miss of " + k.id() + " reported");
				}
			}
		}
		return create("PERSON", "person:", name, "no one in the graph has this name or a short form of it");
	}

	Decision organisation(String name, List<String> aliases) {
		return named("ORGANISATION", "org:", organisations, name, aliases);
	}

	Decision forum(String name, List<String> aliases) {
		return forum(name, aliases, Set.of());
	}

	/**
	 * A forum, given the ids of the organisations the document says host it. Every kommune has its
	 * "Kommunalbestyrelsen" and every school its "Bestyrelsen", so a name is not enough: a forum another host
	 * owns is never taken, and a generic name ({@link Vocabulary#isGenericForumName}) is taken only with a host in
	 * common or the document's context (read from it before, or some of its people sit there). Otherwise the
	 * forum is created anew and a warning says so: a duplicate can be merged by hand, a wrong merge mixes two
	 * bodies' members.
	 */
	Decision forum(String name, List<String> aliases, Set<String> hosts) {
		List<Known> sameHost = hosts.isEmpty() ? forums
				: forums.stream().filter(k -> k.hosts().isEmpty() || k.hosts().stream().anyMatch(hosts::contains)).toList();
		Decision d = named("FORUM", "forum:", sameHost, name, aliases);
		if (!d.matched()) {
			List<String> forms = concat(name, aliases);
			boolean otherHosts = forums.stream()
				.anyMatch(k -> !sameHost.contains(k) && (formsMatch(forms, k.forms(), 0) || formsMatch(forms, k.forms(), 1)
						|| formsMatch(forms, k.forms(), 2)));
			return otherHosts ? new Decision(d.kind(), name, d.id(), false, "created: the forums of this name in the graph have other hosts") : d;
		}
		Known k = forums.stream().filter(f -> f.id().equals(d.id())).findFirst().orElseThrow();
		if (!Vocabulary.isGenericForumName(name) || k.hosts().stream().anyMatch(hosts::contains)
				|| context.score("FORUM", k.id()) > 0) {
			return d;
		}
		warnings.add("'" + name + "' is a name many bodies have, and nothing in the document ties it to existing '" + k.name()
				+ "' (" + k.id() + "): no host in common, none of its people sit there; created as a new forum, "
				+ "merge the two (mergeEntities) if they are one");
		return create("FORUM", "forum:", name, "a generic name, and nothing ties the document to " + k.id());
	}

	Decision initiative(String name, List<String> aliases, String code) {
		if (code != null) {
			for (Known k : initiatives) {
				if (k.code() != null && NameKeys.codeKey(k.code()).equals(NameKeys.codeKey(code))) {
					return new Decision("INITIATIVE", name, k.id(), true, "same budget code " + k.code());
				}
			}
		}
		return named("INITIATIVE", "initiative:", initiatives, name, aliases);
	}

	/**
	 * Names shared by several nodes ("HovedMED" of two forvaltninger) are settled by context: the node
	 * already read from this document, or the one the document's people sit in. Returns a score per id.
	 */
	interface Context {
		int score(String kind, String id);
	}

	private Context context = (kind, id) -> 0;

	Resolver withContext(Context context) {
		this.context = context;
		return this;
	}

	private Decision named(String kind, String prefix, List<Known> known, String name, List<String> aliases) {
		List<String> forms = concat(name, aliases);
		// tiers of evidence, strongest first; the first tier with a match decides
		for (int tier = 0; tier < 3; tier++) {
			List<Known> hits = new ArrayList<>();
			for (Known k : known) {
				if (formsMatch(forms, k.forms(), tier)) {
					hits.add(k);
				}
			}
			if (hits.isEmpty()) {
				continue;
			}
			String why = switch (tier) {
				case 0 -> "same name or alias";
				case 1 -> "same words in another order";
				default -> "same name but for OCR damage";
			};
			if (hits.size() == 1) {
				Known k = hits.get(0);
				return new Decision(kind, name, k.id(), true, why + " as existing '" + k.name() + "'");
			}
			Known best = null;
			int bestScore = -1;
			boolean tie = false;
			for (Known k : hits) {
				int sc = context.score(kind, k.id());
				if (sc > bestScore) {
					best = k;
					bestScore = sc;
					tie = false;
				}
				else if (sc == bestScore) {
					tie = true;
				}
			}
			if (tie || bestScore == 0) {
				warnings.add("uncertain: '" + name + "' names " + hits.size() + " " + kind.toLowerCase() + "s ("
						+ String.join(", ", hits.stream().map(Known::id).toList()) + "); nothing in the document tells them apart, "
						+ "took " + best.id());
			}
			return new Decision(kind, name, best.id(), true, why + " as existing '" + best.name() + "', chosen among "
					+ hits.size() + " by the document's context");
		}
		return create(kind, prefix, name, "no " + kind.toLowerCase() + " in the graph has this name or alias");
	}

	private static boolean formsMatch(List<String> forms, List<String> knownForms, int tier) {
		for (String f : forms) {
			String a = Fold.key(f);
			if (a.isEmpty()) {
				continue;
			}
			for (String g : knownForms) {
				String b = Fold.key(g);
				boolean hit = switch (tier) {
					case 0 -> a.equals(b);
					case 1 -> a.contains(" ") && sortedKey(a).equals(sortedKey(b));
					default -> a.length() >= 8 && Fold.ocrSame(a, b);
				};
				if (hit) {
					return true;
				}
			}
		}
		return false;
	}

	private Decision create(String kind, String prefix, String name, String reason) {
		return new Decision(kind, name, freshId(prefix + Fold.slug(name)), false, "created: " + reason);
	}

	/** An id not yet used: the slug, or the slug with -2, -3 … when someone else has it. */
	String freshId(String base) {
		String id = base;
		for (int n = 2; takenIds.contains(id); n++) {
			id = base + "-" + n;
		}
		takenIds.add(id);
		return id;
	}

	private static String sortedKey(String key) {
		return String.join(" ", new TreeSet<>(List.of(key.split(" "))));
	}

	private static List<String> concat(String name, List<String> aliases) {
		List<String> l = new ArrayList<>();
		l.add(name);
		if (aliases != null) {
			l.addAll(aliases);
		}
		return l;
	}

	private static String ids(Set<Known> ks) {
		return String.join(", ", ks.stream().map(Known::id).toList());
	}
}
