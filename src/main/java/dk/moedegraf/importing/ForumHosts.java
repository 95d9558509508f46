package dk.moedegraf.importing;

import dk.moedegraf.importing.Extraction.ForumX;
import dk.moedegraf.importing.Extraction.OrgX;
import dk.moedegraf.importing.Extraction.Participation;
import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.names.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose forum it is, where the name or the first lines say it and no other rule has: the organisation that hosts
 * it ({@code PARTICIPATES_IN {role: 'host'}}). It is how "how are these organisations connected" reaches a board,
 * and what tells "Kommunalbestyrelsen" of one kommune from another's when the resolver meets both.
 * <ul>
 * <li>a genitive owner: "Vestby Gymnasiums bestyrelse" (Vestby Gymnasium), "DGI's bestyrelse" (DGI);</li>
 * <li>the owner after the body: "skolebestyrelsen på Vestby Skole", "Bestyrelsen for Vestby Boligselskab";</li>
 * <li>an association before its board: "Vestby Lærerforening Hovedbestyrelsen";</li>
 * <li>a board headed by its word alone that the text calls one owner's, twice or more: "DGIs bestyrelse";</li>
 * <li>a kommune or region on a line of its own at the head of the minutes ("Referat fra møde i Ældrerådet⏎Vestby
 * Kommune"), an owner labelled there ("Organisation: Vestby Boligforening") or on the line under the heading ("REFERAT
 * AF BESTYRELSESMØDE⏎i Vestby Vandværk"), one only: a list of kommuner hosts nothing.</li>
 * </ul>
 */
final class ForumHosts {

	/** The word of a board, "bestyrelse", "Hovedbestyrelsen", "repræsentantskabet": the owner's body. */
	private static final String BOARD = "(?iu:hoved)?(?iu:bestyrelsen?|repræsentantskab(?:et)?)";

	/** "Vestby Gymnasiums bestyrelse", "DGI's bestyrelse", "FIRs bestyrelse". */
	private static final Pattern GENITIVE = Pattern.compile("(?u)^(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,3}?)(?:'s|’s|s)\\s+" + BOARD + "$");

	/** "skolebestyrelsen på Vestby Skole", "Bestyrelsen for (i) Vestby Boligselskab", "LAMU ved Institut for X". */
	private static final Pattern AFTER = Pattern.compile("(?u)^(\\S+)\\s+(?:på|ved|for|i)\\s+(\\p{Lu}[\\p{L}\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\-]*|for|og))*)$");

	/** "Vestby Lærerforening Hovedbestyrelsen". */
	private static final Pattern BEFORE = Pattern.compile("(?u)^(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,4})\\s+"
			+ "(?:Hoved)?(?:[Bb]estyrelsen|[Rr]epræsentantskabet)$");

	/** Where the list of who came begins, the head of the minutes ends. */
	private static final Pattern LIST_START = Pattern.compile("(?iu)^(?:deltagere|til\\s*stede|fremmødte|mødt|medlemmer|afbud|"
			+ "fraværende|present|attendees)(?![\\p{L}])");

	/** A kommune or a region as a line of its own, maybe after the meeting's date: "10.09.2031 - Vestby Kommune". */
	private static final Pattern PLACE_LINE = Pattern.compile("(?u)^(?:[\\d.\\-/ ]{6,12}\\s*[-–]\\s*)?((?:\\p{Lu}[\\p{L}]+(?:[ \\-]\\p{Lu}[\\p{L}]+){0,2})\\s+[Kk]ommune|"
			+ "Region\\s+\\p{Lu}\\p{L}+|Kommune\\s+\\p{Lu}\\p{L}+)\\s*$");

	/** "Organisation: Vestby Boligforening", "Forening: …": the owner labelled at the head of the minutes; group 1. */
	private static final Pattern OWNER_LABEL = Pattern.compile("(?iu)^(?:organisation|forening|selskab|institution|virksomhed|kommune|region)"
			+ "\\s*:\\s*((?-i:\\p{Lu})[^:]{1,60}?)\\s*$");

	/** "i Vestby Vandværk" on the line under "REFERAT AF BESTYRELSESMØDE": the board's owner; group 1. */
	private static final Pattern OWNER_UNDER = Pattern.compile("(?u)^(?:i|for|hos|ved|på)\\s+(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,4})$");

	private static final int HEAD_LINES = 15;

	private ForumHosts() {
	}

	/** The owner its name gives a forum, or empty. */
	static Optional<String> ownerInName(String forum) {
		Matcher g = GENITIVE.matcher(forum);
		if (g.matches() && owner(g.group(1))) {
			return Optional.of(g.group(1));
		}
		Matcher a = AFTER.matcher(forum);
		if (a.matches() && Vocabulary.isGenericForumName(a.group(1)) && owner(a.group(2))
				&& (!forum.matches("(?iu)\\S+\\s+for\\s.*") || a.group(1).matches("(?iu).*bestyrelsen?"))) {
			return Optional.of(a.group(2));
		}
		Matcher b = BEFORE.matcher(forum);
		if (b.matches() && owner(b.group(1))) {
			return Optional.of(b.group(1));
		}
		return Optional.empty();
	}

	/** An owner names an organisation: an acronym, or words no forum's name is made of. */
	private static boolean owner(String s) {
		return !Vocabulary.FORUM_WORD.matcher(s).find() && !Vocabulary.isGenericForumName(s)
				&& (s.matches("(?u)\\p{Lu}{2,}.*") || s.contains(" ") || Vocabulary.isOrganisationNoun(s.replaceAll("^.*\\s", "")));
	}

	/** A board named by its word alone: "Bestyrelsen", "Hovedbestyrelse", "Repræsentantskabet". */
	private static final Pattern BARE_BOARD = Pattern.compile(BOARD);

	/** "… at udtræde af DGIs bestyrelse": the text naming a board as its owner's. */
	private static final Pattern OWNERS_BOARD = Pattern.compile("(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,3}?)"
			+ "(?:'s|’s|s)\\s+(" + BOARD + ")(?![\\p{L}])");

	/**
	 * Minutes headed only "Bestyrelsesmøde" that speak of "DGIs bestyrelse" twice or more, and of no other owner's
	 * board: the board is DGI's, and is named so. One mention may be another body's ("… som DGIs bestyrelse har
	 * foreslået").
	 */
	private static Extraction ownerInText(Extraction x, String text) {
		Map<String, String> to = new java.util.LinkedHashMap<>();
		for (ForumX f : x.forums()) {
			if (!BARE_BOARD.matcher(f.name()).matches() || hosted(x.participations(), f.name())) {
				continue;
			}
			Map<String, List<String>> byOwner = new java.util.LinkedHashMap<>();
			Matcher m = OWNERS_BOARD.matcher(text);
			while (m.find()) {
				if (owner(m.group(1)) && boardWord(m.group(2)).equals(boardWord(f.name()))) {
					byOwner.computeIfAbsent(Fold.key(m.group(1)), k -> new ArrayList<>()).add(m.group());
				}
			}
			if (byOwner.size() == 1 && byOwner.values().iterator().next().size() >= 2) {
				to.put(f.name(), byOwner.values().iterator().next().get(0).replaceAll("\\s+", " "));
			}
		}
		return ForumNames.rename(x, to);
	}

	/** "Bestyrelsen", "bestyrelse" → "bestyrelse": the board's word without its article. */
	private static String boardWord(String s) {
		return Fold.key(s).replaceFirst("(?<=e)n$|(?<=b)et$", "");
	}

	static Extraction apply(Extraction x, String text) {
		return hosts(ownerInText(x, text), text);
	}

	private static Extraction hosts(Extraction x, String text) {
		List<ForumX> unhosted = x.forums().stream().filter(f -> !hosted(x.participations(), f.name())).toList();
		if (unhosted.isEmpty()) {
			return x;
		}
		List<OrgX> orgs = new ArrayList<>(x.organisations());
		List<Participation> participations = new ArrayList<>(x.participations());
		for (ForumX f : unhosted) {
			ownerInName(f.name()).ifPresent(o -> participations
				.add(new Participation(org(orgs, o, f.span()), f.name(), null, "host", f.span())));
		}
		String primary = !x.meetings().isEmpty() && !x.meetings().get(0).forums().isEmpty() ? x.meetings().get(0).forums().get(0)
				: x.forums().isEmpty() ? null : x.forums().get(0).name();
		if (primary != null && unhosted.stream().anyMatch(f -> f.name().equals(primary)) && !hosted(participations, primary)) {
			placeLine(text).ifPresent(at -> participations.add(new Participation(org(orgs, at.name(), at.span()), primary, null, "host",
					at.span())));
		}
		if (participations.size() == x.participations().size()) {
			return x;
		}
		return new Extraction(x.document(), x.meetings(), x.people(), List.copyOf(orgs), x.forums(), x.initiatives(), x.attendance(),
				x.memberships(), x.affiliations(), List.copyOf(participations), x.warnings());
	}

	private static boolean hosted(List<Participation> participations, String forum) {
		return participations.stream().anyMatch(p -> "host".equals(p.role()) && forum.equals(p.forum()));
	}

	private record Named(String name, Span span) {
	}

	/** The one kommune or region the head of the minutes names on a line of its own. */
	private static Optional<Named> placeLine(String text) {
		String[] lines = text.split("\n", -1);
		List<Named> found = new ArrayList<>();
		String previous = null;
		int seen = 0;
		for (int i = 0; i < lines.length && seen < HEAD_LINES; i++) {
			String l = lines[i].strip();
			if (l.isEmpty()) {
				continue;
			}
			if (LIST_START.matcher(l).find()) {
				break;
			}
			seen++;
			Matcher m = PLACE_LINE.matcher(l);
			Matcher labelled = OWNER_LABEL.matcher(l);
			Matcher under = OWNER_UNDER.matcher(l);
			if (under.matches() && previous != null && Vocabulary.FORUM_WORD.matcher(previous).find() && owner(under.group(1))) {
				found.add(new Named(under.group(1), new Span(i + 1, i + 1)));
			}
			previous = l;
			if (m.matches()) {
				found.add(new Named(m.group(1), new Span(i + 1, i + 1)));
			}
			else if (labelled.matches() && !PersonNames.looksLikePersonName(labelled.group(1)) && owner(labelled.group(1))) {
				found.add(new Named(labelled.group(1), new Span(i + 1, i + 1)));
			}
		}
		long distinct = found.stream().map(n -> Fold.key(n.name()).replace(" ", "")).distinct().count();
		return distinct == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** The organisation of that name the extraction has, else a new one. */
	private static String org(List<OrgX> orgs, String name, Span span) {
		for (OrgX o : orgs) {
			if (Fold.key(o.name()).equals(Fold.key(name)) || o.aliases().stream().anyMatch(a -> Fold.key(a).equals(Fold.key(name)))) {
				return o.name();
			}
		}
		orgs.add(new OrgX(name, Vocabulary.orgKind(name), List.of(), span));
		return name;
	}
}
