package dk.moedegraf.importing;

import dk.moedegraf.importing.Extraction.ForumX;
import dk.moedegraf.importing.Extraction.MeetingX;
import dk.moedegraf.importing.Extraction.Membership;
import dk.moedegraf.importing.Extraction.Participation;
import dk.moedegraf.names.Fold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last step of the parser: a forum's name as a heading wrote it, less the heading's own words. Rules find
 * forums in headings of every kind ("Regionsrådet - Referat - 25. november 2031", "Referat fra møde i
 * Regionskontaktudvalget", "Kultur- og fritidsudvalgets møde den 5. marts"), and what is left of the heading once
 * the date is out is no part of the name: it would make each meeting's forum a forum of its own, and hide a
 * generic name ({@link Vocabulary#isGenericForumName}) from the resolver.
 */
final class ForumNames {

	private static final String MINUTES_WORD = "(?:møde)?referat|dagsorden|beslutningsprotokol|protokol";

	/** "Regionsrådet - Referat -", "Integrationsrådet -", "Bestyrelsen | Dagsorden". */
	private static final Pattern TRAILING = Pattern.compile("(?iu)(?:\\s*[-–|:,]\\s*(?:" + MINUTES_WORD + ")?\\.?)+\\s*$");

	/** "Referat fra møde i Regionskontaktudvalget", "Dagsorden. Frie Skolers Lærerforening Hovedbestyrelsen". */
	private static final Pattern LEADING = Pattern.compile("(?iu)^(?:og\\s+)?(?:" + MINUTES_WORD + ")(?:\\s+og\\s+(?:" + MINUTES_WORD + "))?(?:\\s*[.:\\-–,]\\s*|\\s+(?:af|fra|for|til)\\s+"
			+ "(?:(?:det|den)\\s+)?(?:(?:ordinære|ekstraordinære)\\s+)?(?:mødet?\\s+(?:i|for)\\s+(?:det\\s+|den\\s+)?)?)(?=\\p{L})");

	/** "Medlemmer af Handicaprådet 2030-2033": the heading of a member page. */
	private static final Pattern MEMBERS_OF = Pattern.compile("(?iu)^(?:oversigt\\s+over\\s+)?medlemmer(?:ne)?\\s+(?:af|i)\\s+(?=\\p{L})");

	/** "Kultur- og fritidsudvalgets møde", "Bestyrelsens ordinære møde": the forum whose meeting it is. */
	private static final Pattern GENITIVE_MEETING = Pattern
		.compile("(?iu)^(.*\\p{L}(?:et|en))s\\s+(?:(?:ordinære|ekstraordinære|konstituerende)\\s+)?møde$");

	/** "Bestyrelsesmøde", "kredsbestyrelsesmødet", "Byrådsmøde i Vestby": the meeting's word names the body that meets. */
	private static final Pattern BODY_MEETING = Pattern
		.compile("(?iu)^(\\p{L}*?)(bestyrelse|udvalg|råd|repræsentantskab)s?møde[tr]?((?:\\s+(?:i|for|på|ved)\\s+(?-i:\\p{Lu}).*)?)$");

	private ForumNames() {
	}

	static String tidy(String name) {
		if (name == null) {
			return null;
		}
		String n = name.strip();
		for (String before = null; !n.equals(before);) {
			before = n;
			n = TRAILING.matcher(n).replaceFirst("");
			n = LEADING.matcher(n).replaceFirst("");
			n = MEMBERS_OF.matcher(n).replaceFirst("");
			n = GENITIVE_MEETING.matcher(n).replaceFirst("$1");
			Matcher body = BODY_MEETING.matcher(n);
			if (body.matches()) {
				String b = body.group(1) + body.group(2).toLowerCase(java.util.Locale.ROOT);
				b = b + (b.endsWith("e") ? "n" : "et");
				n = Character.toUpperCase(b.charAt(0)) + b.substring(1).toLowerCase(java.util.Locale.ROOT) + body.group(3);
			}
		}
		if (n.matches("(?u)\\p{Lu}{5,}")) {
			n = n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT); // "ÆLDRERÅDET", a heading in capitals
		}
		return n.codePoints().anyMatch(Character::isLetter) ? n : name.strip();
	}

	/** The extraction with every forum name tidied; forums that become one name are one forum. */
	static Extraction apply(Extraction x) {
		Map<String, String> to = new LinkedHashMap<>();
		x.forums().forEach(f -> to.put(f.name(), tidy(f.name())));
		return rename(x, to);
	}

	/** The extraction with forums renamed (old name to new), every reference to them too. */
	static Extraction rename(Extraction x, Map<String, String> to) {
		if (to.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
			return x;
		}
		java.util.function.UnaryOperator<String> map = n -> n == null ? null : to.getOrDefault(n, n);

		Map<String, ForumX> forums = new LinkedHashMap<>();
		for (ForumX f : x.forums()) {
			String name = map.apply(f.name());
			ForumX seen = forums.get(Fold.key(name));
			Set<String> aliases = new LinkedHashSet<>(seen == null ? List.of() : seen.aliases());
			f.aliases().stream().map(ForumNames::tidy).forEach(aliases::add);
			String kept = seen == null ? name : seen.name();
			aliases.removeIf(a -> Fold.key(a).equals(Fold.key(kept)));
			// the parent keeps its written name here; every reference is mapped once, below
			forums.put(Fold.key(name), seen == null
					? new ForumX(name, f.kind() == null ? null : Vocabulary.forumKind(name), List.copyOf(aliases), f.partOf(), f.span())
					: new ForumX(seen.name(), seen.kind(), List.copyOf(aliases), seen.partOf() != null ? seen.partOf() : f.partOf(),
							seen.span()));
		}
		// the name every reference must use: the first forum that tidied to it
		Map<String, String> canonical = new LinkedHashMap<>();
		to.forEach((raw, tidy) -> canonical.put(raw, forums.get(Fold.key(tidy)).name()));
		java.util.function.UnaryOperator<String> ref = n -> n == null ? null : canonical.getOrDefault(n, n);

		List<MeetingX> meetings = new ArrayList<>();
		for (MeetingX m : x.meetings()) {
			meetings.add(new MeetingX(m.key(), m.title(), m.forums().stream().map(ref).distinct().toList(), m.date(), m.start(), m.end(),
					m.location(), m.items(), m.span()));
		}
		List<Membership> memberships = x.memberships().stream()
			.map(m -> new Membership(m.person(), ref.apply(m.forum()), m.role(), m.title(), m.onBehalfOf(), m.span()))
			.distinct()
			.toList();
		List<Participation> participations = x.participations().stream()
			.map(p -> new Participation(p.organisation(), ref.apply(p.forum()), p.initiative(), p.role(), p.span()))
			.distinct()
			.toList();
		List<ForumX> tidied = forums.values().stream()
			.map(f -> new ForumX(f.name(), f.kind(), f.aliases(), ref.apply(f.partOf()), f.span()))
			.toList();
		return new Extraction(x.document(), meetings, x.people(), x.organisations(), tidied, x.initiatives(), x.attendance(),
				memberships, x.affiliations(), participations, x.warnings());
	}
}
