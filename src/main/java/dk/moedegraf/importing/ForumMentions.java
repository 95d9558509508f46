package dk.moedegraf.importing;

import static dk.moedegraf.importing.MinutesParser.splitList;
import static dk.moedegraf.importing.OrganisationGroups.firstColumn;
import static dk.moedegraf.importing.Vocabulary.FORUM_WORD;
import static dk.moedegraf.importing.Vocabulary.GENERIC_ACRONYMS;
import static dk.moedegraf.importing.Vocabulary.forumKind;

import dk.moedegraf.names.Fold;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.Draft.NamedAcc;

/**
 * Forums and the organisations in them as the text mentions them outside any list: "X er Y's repræsentant i
 * styregruppen", e-mail headers, "et partnerskab mellem A, B og C", "Samarbejde mellem A og B" as a heading,
 * forums with their acronym ("… om Uddannelse (SPU)"), a MED committee's host, a forum's page on its host's site.
 */
final class ForumMentions {

	private final Draft r;

	ForumMentions(Draft r) {
		this.r = r;
	}

	private static final Pattern REPRESENTATIVE_SENTENCE = Pattern.compile("^(.+?)\\s+er\\s+(?:(.+?)s\\s+)?(repræsentant|medlem|formand|næstformand|observatør)\\s+(?:i|af|for)\\s+(?:den\\s+|det\\s+)?(\\p{Lu}[\\p{L}\\- ]{2,60}?)\\s*[.,]?$");

	/** "Kim Lund er Kultur og Fritids repræsentant i styregruppen": a person sitting in a forum for a unit. */
	void representativeSentences() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			String text = l.clean.get(i);
			int end = i;
			int n = l.nextNonBlank(i + 1);
			if (n < l.size() && n - i <= 2 && text.matches(".*\\s(i|af|for)$")) {
				text = text + " " + l.clean.get(n);
				end = n;
			}
			Matcher m = REPRESENTATIVE_SENTENCE.matcher(text);
			if (!m.matches() || !Names.looksLikeName(m.group(1))) {
				continue;
			}
			Span span = new Span(Lines.no(i), Lines.no(end));
			String person = r.person(m.group(1), i);
			String forum = r.forum(m.group(4).strip(), end);
			String org = m.group(2) == null ? null : r.org(m.group(2).strip(), i);
			String role = m.group(3).equals("repræsentant") || m.group(3).equals("medlem") ? null : m.group(3);
			r.membership(person, forum, role, null, org, span);
			if (org != null) {
				r.affiliation(person, org, null, span);
				r.participation(org, forum, null, "member", span);
			}
		}
	}

	private static final Pattern MAIL_FIELD = Pattern.compile("^(Fra|Til|Cc|To|From):\\s*(.*)$");

	/** Fra / Til / Cc headers of forwarded e-mails name people (addresses are left out). */
	void emailHeaders() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			String c = l.clean.get(i);
			if (!c.matches("^Fra:\\s+.*") || i + 1 >= l.size()) {
				continue;
			}
			// an e-mail header is Fra followed closely by Sendt/Dato/Til
			boolean header = false;
			for (int j = i + 1; j < Math.min(l.size(), i + 4); j++) {
				if (l.clean.get(j).matches("^(Sendt|Dato|Til|Date|To|Sent):.*")) {
					header = true;
				}
			}
			if (!header) {
				continue;
			}
			for (int j = i; j < Math.min(l.size(), i + 6); j++) {
				Matcher m = MAIL_FIELD.matcher(l.clean.get(j));
				if (!m.matches()) {
					continue;
				}
				for (String part : m.group(2).split("\\s*;\\s*")) {
					String name = part.replaceAll("<[^>]*>", "").replaceAll("\\[[^]]*]", "").strip();
					if (Names.looksLikeName(name)) {
						r.person(name, j);
					}
				}
			}
		}
	}

	private static final Pattern ABOUT = Pattern.compile("^\\s*om\\s+([^.,;]{3,60})");

	private static final Pattern PARTNERSHIP_BETWEEN = Pattern.compile("(?i)(\\p{L}*partnerskab)\\s+(?:mellem|med)\\s+(.+?\\s+og\\s+[^ ,.]+(?:\\s+\\p{Lu}[\\p{L}]*)?)(?:\\s+om\\b|[.,]|$)");

	/** "et partnerskab mellem A, B, C og D": the organisations take part in the partnership. */
	void partnerships() {
		Lines l = r.lines;
		String title = null;
		for (int i = 0; i < l.size(); i++) {
			String c = l.clean.get(i);
			if (title == null && c.matches("^(?i)partnerskab(et)?\\s+(om|for)\\s+.{5,80}$") && !c.endsWith(".")) {
				title = c.strip();
			}
		}
		for (int i = 0; i < l.size(); i++) {
			StringBuilder text = new StringBuilder(l.clean.get(i));
			int end = i;
			for (int j = i + 1; j < Math.min(l.size(), i + 4) && !l.blank(j); j++) {
				text.append(' ').append(l.clean.get(j));
				end = j;
			}
			Matcher m = PARTNERSHIP_BETWEEN
				.matcher(text.toString());
			if (!m.find() || m.start() > l.clean.get(i).length()) {
				continue;
			}
			List<String> orgs = splitList(m.group(2));
			if (orgs.size() < 2 || !orgs.stream().allMatch(o -> o.matches("^\\p{Lu}.*") && o.length() <= 40)) {
				continue;
			}
			String forumName = title;
			if (forumName == null) {
				Matcher about = ABOUT.matcher(text.substring(m.end(2)));
				forumName = capitalise(m.group(1)) + (about.find() ? " om " + about.group(1).strip() : "");
			}
			String forum = r.forum(forumName, i);
			int lineOfMatch = i;
			for (String o : orgs) {
				r.participation(r.org(o.replaceFirst("’s\\b|'s\\b", "s"), lineOfMatch), forum, null, "member",
						new Span(Lines.no(i), Lines.no(end)));
			}
			i = end;
		}
	}

	private static final Pattern COLLABORATION_HEADING = Pattern.compile("^((?:Samarbejde|Partnerskab|Netværk|Forum|Aftale)\\s+(?:mellem|ml\\.)\\s+(.+?)\\s+og\\s+(.+))$");

	/** "Samarbejde mellem Københavns Kommune og Aarhus Kommune" as a heading: a forum of the two. */
	void collaborations() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			String c = firstColumn(l.clean.get(i));
			int end = i;
			int n = l.nextNonBlank(i + 1);
			if (n < l.size() && n - i <= 2 && l.clean.get(n).matches("^\\p{Ll}.*") && c.matches("^(?i)(samarbejde|partnerskab|netværk|forum|aftale)\\s.*")) {
				c = c + " " + firstColumn(l.clean.get(n));
				end = n;
			}
			Matcher m = COLLABORATION_HEADING.matcher(c);
			if (!m.matches() || c.endsWith(".") || c.length() > 100) {
				continue;
			}
			String a = m.group(2).strip();
			String b = m.group(3).strip();
			if (!orgLike(a) || !orgLike(b)) {
				continue;
			}
			String forum = r.forum(m.group(1), i);
			Span span = new Span(Lines.no(i), Lines.no(end));
			r.participation(r.org(capitaliseWords(a), i), forum, null, "member", span);
			r.participation(r.org(capitaliseWords(b), i), forum, null, "member", span);
		}
	}

	private static boolean orgLike(String s) {
		return s.matches("(?i).*\\b(kommune|region|regionen|universitet|forvaltning(en)?)$") || s.matches("^\\p{Lu}{2,6}$");
	}

	/** "Københavns kommune" -> "Københavns Kommune": the name as organisations write it. */
	private static String capitaliseWords(String s) {
		return s.replaceAll("(?i)\\bkommune\\b", "Kommune").replaceAll("(?i)\\bregion\\b", "Region");
	}

	private static final Pattern BODY_OF_OWNER = Pattern.compile("(?i)\\b(?:i|for|om)\\s+((\\p{Lu}[\\p{L} ]*?)s\\s+(taskforce|følgegruppe|styregruppe|arbejdsgruppe|netværk|partnerskab|forum|udvalg)\\b.*)$");

	private static final Pattern NAME_WITH_ACRONYM = Pattern.compile("(\\p{Lu}[\\p{L}]+(?:\\s+[\\p{L}]+){0,6})\\s+\\((\\p{Lu}{2,6})\\)");

	/** Forums named with their acronym, "Strategisk Partnerskab om Uddannelse (SPU)", and in the title, "KKR Hovedstadens taskforce for …". */
	void namedForums() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			Matcher m = NAME_WITH_ACRONYM.matcher(l.clean.get(i));
			while (m.find()) {
				String name = m.group(1);
				Matcher kind = FORUM_WORD.matcher(name);
				if (!kind.find()) {
					continue;
				}
				// start the name at the first capitalised word of the phrase that holds the forum word
				String[] words = name.split("\\s+");
				int start = 0;
				for (int w = 0; w < words.length; w++) {
					if (Character.isUpperCase(words[w].charAt(0))) {
						start = w;
						break;
					}
				}
				String f = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
				r.forumAlias(r.forum(f, i), m.group(2));
			}
		}
		// the title of a notat about one forum
		if (r.meetings.isEmpty()) {
			int a = l.nextNonBlank(0);
			if (a < l.size()) {
				String t = l.clean.get(a);
				int b = l.nextNonBlank(a + 1);
				if (b < l.size() && b - a == 1 && !t.endsWith(".")) {
					t = t + " " + l.clean.get(b);
				}
				Matcher m = BODY_OF_OWNER
					.matcher(t);
				if (m.find()) {
					String forum = r.forum(m.group(1).strip(), a);
					String owner = m.group(2).strip();
					if (FORUM_WORD.matcher(owner).find()) {
						// "KKR Hovedstadens taskforce": a body set up by a council is part of it
						r.forumParent(forum, r.forum(owner, a));
					}
					else {
						r.participation(r.org(owner, a), forum, null, "host", new Span(Lines.no(a), Lines.no(b)));
					}
				}
			}
		}
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static final Pattern ACRONYM = Pattern.compile("\\b(\\p{Lu}{2,5})\\b");

	/**
	 * A MED committee is the works council of one organisation: when a MED forum's minutes name one
	 * organisation acronym far more than any other ("SOF" in HovedMED's minutes), that is its host.
	 */
	void medHosts() {
		List<String> med = r.forums.values().stream().map(f -> f.name).filter(f -> forumKind(f).equals("med")).toList();
		if (med.isEmpty()) {
			return;
		}
		Set<String> forumWords = new java.util.HashSet<>();
		r.forums.values().forEach(f -> f.aliases.forEach(a -> forumWords.add(a)));
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (int i = 0; i < r.lines.size(); i++) {
			Matcher m = ACRONYM.matcher(r.lines.clean.get(i));
			while (m.find()) {
				String a = m.group(1);
				if (forumWords.contains(a) || GENERIC_ACRONYMS.contains(a)) {
					continue;
				}
				counts.merge(a, 1, Integer::sum);
				firstLine.putIfAbsent(a, i);
			}
		}
		List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
		if (ranked.isEmpty() || ranked.get(0).getValue() < 5
				|| ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
			return;
		}
		String host = ranked.get(0).getKey();
		int line = firstLine.get(host);
		for (String f : med) {
			r.participation(r.org(host, line), f, null, "host", new Span(Lines.no(line), Lines.no(line)));
		}
	}

	private static final Pattern URL = Pattern.compile("https?://(?:www\\.)?([a-z0-9-]+)\\.[a-z.]{2,6}/([a-z0-9-]+)/?");

	/** "https://www.kp.dk/strategisk-partnerskab-om-uddannelse/": the forum's page lives on its host's site. */
	void forumPages() {
		for (int i = 0; i < r.lines.size(); i++) {
			Matcher m = URL.matcher(r.lines.clean.get(i));
			while (m.find()) {
				String path = m.group(2);
				for (NamedAcc f : List.copyOf(r.forums.values())) {
					if (f.aliases.stream().anyMatch(a -> Fold.slug(a).equals(path))) {
						r.participation(r.org(m.group(1).toUpperCase(java.util.Locale.ROOT), i), f.name, null, "host",
								new Span(Lines.no(i), Lines.no(i)));
					}
				}
			}
		}
	}
}
