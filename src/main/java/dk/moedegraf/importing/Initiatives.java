package dk.moedegraf.importing;

import static dk.moedegraf.importing.MinutesParser.splitList;
import static dk.moedegraf.importing.Vocabulary.INITIATIVE_KINDS;

import dk.moedegraf.names.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Extraction.Span;
import dk.moedegraf.importing.Draft.InitiativeAcc;
import dk.moedegraf.importing.MeetingDraft.ItemAcc;

/**
 * Initiatives: budget codes with a title ("BUF/IN03: Flere pædagoger"), a kind before the title
 * ("Investeringsforslag: …") or after it ("… (udløb)"), items about a partnership with named organisations, and
 * the items that mention an initiative by code or name.
 */
final class Initiatives {

	private final Draft r;

	Initiatives(Draft r) {
		this.r = r;
	}

	private static final Pattern CODE_TITLE = Pattern
		.compile("^([A-ZÆØÅ]{1,4}(?:/[A-Z0-9]{1,5})?[0-9O]{2,3})\\s*:\\s*(\\S.{2,})$");

	private static final Pattern CODE = Pattern.compile("\\b([A-ZÆØÅ]{1,4}(?:/[A-Z0-9]{1,5})?[0-9O]{2,3})\\b");

	private static final Pattern PAREN_KIND = Pattern.compile("^(.*?)\\s*\\(([\\p{L}\\d ]{3,30})\\)\\s*\\.?$");

	private static final Pattern PROPOSAL_PREFIX = Pattern.compile("^(\\p{L}+forslag|Budgetnotat)\\s*:\\s*(.+)$");

	private static final Pattern QUOTED_NAME = Pattern.compile("\\(\\s*[\"“”]([^\"“”]+)[\"“”]\\s*\\)");

	void initiatives() {
		Lines l = r.lines;
		for (int i = 0; i < l.size(); i++) {
			String c = l.clean.get(i);
			if (c.length() > 160) {
				continue;
			}
			Matcher code = CODE_TITLE.matcher(c);
			if (code.matches() && !c.matches("^(?i)(punkt|pkt|tid|sag|fra|til|cc).*")) {
				String title = code.group(2).strip();
				List<String> aliases = new ArrayList<>();
				Matcher q = QUOTED_NAME.matcher(title);
				if (q.find()) {
					aliases.add(q.group(1).strip());
					title = (title.substring(0, q.start()) + title.substring(q.end())).strip();
				}
				String codeText = normaliseCode(code.group(1));
				// a code says which proposal, not what kind: the kind stays unknown unless written
				r.initiative(title, null, codeText, aliases, i, i);
				continue;
			}
			Matcher pre = PROPOSAL_PREFIX.matcher(c);
			if (pre.matches() && initiativeKind(pre.group(1)) != null) {
				String title = pre.group(2).strip();
				int end = i;
				if (title.endsWith("-") && i + 1 < l.size()) {
					title = title.substring(0, title.length() - 1) + l.clean.get(i + 1).strip();
					end = i + 1;
				}
				r.initiative(title, initiativeKind(pre.group(1)), null, List.of(), i, end);
				continue;
			}
			Matcher pk = PAREN_KIND.matcher(c);
			if (pk.matches()) {
				String kind = initiativeKind(pk.group(2));
				if (kind == null) {
					continue;
				}
				String title = pk.group(1).strip();
				int from = i;
				if (title.isEmpty()) {
					from = l.prevNonBlank(i - 1);
					if (from < 0) {
						continue;
					}
					title = l.clean.get(from);
				}
				title = title.replaceFirst("^(?i)(?:punkt|pkt\\.?)\\s*\\d+\\s*[:.]?\\s*|^\\d{1,2}\\.\\s+", "").strip();
				if (title.length() < 4 || title.length() > 140 || title.endsWith(".")) {
					continue;
				}
				r.initiative(title, kind, null, List.of(), from, i);
			}
		}
		// "Partnerskab om sundhedsuddannelser med VIA University College og Aarhus Kommune": an item about a
		// partnership with named organisations; the partnership is an initiative they take part in
		for (MeetingDraft m : r.meetings) {
			for (ItemAcc item : m.items.values()) {
				Matcher pm = PARTNERSHIP_TITLE.matcher(item.title);
				if (!pm.find()) {
					continue;
				}
				List<String> orgs = splitList(pm.group(1).replaceFirst("\\s*\\([^)]*\\)\\s*$", ""));
				if (orgs.size() < 2 || !orgs.stream().allMatch(o -> o.matches("^[\\p{Lu}\\d].{1,60}"))) {
					continue;
				}
				String title = item.title.strip().replaceFirst("[.]$", "");
				r.initiative(title, "partnership", null, List.of(), item.line, item.line);
				String name = r.initiatives.get(Fold.key(title)) != null ? r.initiatives.get(Fold.key(title)).name : title;
				item.initiatives.add(name);
				for (String o : orgs) {
					r.participation(r.org(o, item.line), null, name, "partner", new Span(Lines.no(item.line), Lines.no(item.line)));
				}
			}
		}
		// items that mention an initiative by code or by name concern it
		for (MeetingDraft m : r.meetings) {
			for (ItemAcc item : m.items.values()) {
				int end = item.end(m);
				for (int i = item.line; i <= end; i++) {
					Matcher cm = CODE.matcher(l.clean.get(i));
					while (cm.find()) {
						InitiativeAcc in = r.initiativeByCode(normaliseCode(cm.group(1)));
						if (in != null) {
							item.initiatives.add(in.name);
						}
					}
					for (InitiativeAcc in : r.initiatives.values()) {
						if (in.line >= item.line && in.line <= end) {
							item.initiatives.add(in.name);
						}
					}
				}
			}
		}
	}

	private static final Pattern PARTNERSHIP_TITLE = Pattern.compile(
			"^(?:[\\p{L}-]*[Pp]artnerskab(?:et|saftale|saftalen)?|[Ss]amarbejdsaftale(?:n)?)\\b.*?\\s+(?:med|mellem)\\s+(\\p{Lu}.+?\\s+og\\s+\\p{Lu}.+?)\\s*\\.?$");

	private static String initiativeKind(String word) {
		String k = Fold.key(word);
		for (String kind : INITIATIVE_KINDS) {
			if (Fold.ocrSame(k, kind) || k.length() >= 5 && Math.abs(k.length() - kind.length()) <= 1
					&& editDistance(k, kind) <= (kind.length() <= 6 ? 2 : 2)) {
				return kind.equals("udlob") ? "udløb" : kind.replace("anlegs", "anlægs");
			}
		}
		return null;
	}

	private static final Pattern CODE_NUMBER = Pattern.compile("^(.*?)([0-9O]+)$");

	/** Budget codes as written and as OCR garbles them (TVO01, UD/S101): letters then digits, O read as 0. */
	static String normaliseCode(String code) {
		Matcher m = CODE_NUMBER.matcher(code);
		if (!m.matches()) {
			return code;
		}
		String letters = m.group(1);
		String digits = m.group(2).replace('O', '0');
		// a code has two or three digits; a leading extra zero is an O read twice (TVO01 -> TV01)
		if (digits.length() == 3 && digits.startsWith("00")) {
			digits = digits.substring(1);
		}
		return letters + digits;
	}

	/** A key under which UD/SI01 and its OCR form UD/S101 meet. */
	static String codeKey(String code) {
		return normaliseCode(code).replace('I', '1').replace('L', '1').replace('O', '0');
	}

	static int editDistance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) || Fold.ocrSame("" + a.charAt(i - 1), "" + b.charAt(j - 1)) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}
}
