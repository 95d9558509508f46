package dk.moedegraf.importing;

import dk.moedegraf.names.Fold;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.moedegraf.importing.Draft.PersonAcc;

/**
 * Initials standing for a person named in the same document ("OKJ præsenterede", "(HvB følger op)"); when
 * several people share them, the one attending the meeting of that line, else a warning.
 */
final class Initials {

	private final Draft r;

	Initials(Draft r) {
		this.r = r;
	}

	private static final Pattern INITIALS_TOKEN = Pattern.compile("(?<![\\p{L}\\d/])(\\p{Lu}(?:[\\p{Lu}]|v(?=\\p{Lu})){1,3})(?![\\p{L}\\d/])");

	/** "OKJ præsenterede", "(HvB følger op)", "TM godkendte": initials of a person named in the same document. */
	void initials() {
		Map<String, Set<String>> owners = new HashMap<>();
		for (PersonAcc p : r.people.values()) {
			for (String ini : Names.initials(p.name)) {
				owners.computeIfAbsent(ini, x -> new LinkedHashSet<>()).add(p.name);
			}
		}
		for (int i = 0; i < r.lines.size(); i++) {
			Matcher m = INITIALS_TOKEN.matcher(r.lines.clean.get(i));
			while (m.find()) {
				Set<String> who = owners.get(m.group(1));
				if (who == null) {
					continue;
				}
				if (who.size() > 1) {
					// prefer the one who attends the meeting the line belongs to
					Set<String> attending = new LinkedHashSet<>();
					for (MeetingDraft mt : r.meetings) {
						if (i >= mt.line && i <= mt.regionEnd) {
							who.stream().filter(mt.attendance::containsKey).forEach(attending::add);
						}
					}
					if (attending.size() == 1) {
						who = attending;
					}
				}
				if (who.size() == 1) {
					r.people.get(Fold.key(who.iterator().next())).initials.add(m.group(1));
				}
				else if (r.ambiguousInitials.add(m.group(1))) {
					r.warnings.add("initials " + m.group(1) + " (line " + Lines.no(i) + ") fit " + String.join(", ", who)
							+ "; not attributed");
				}
			}
		}
	}
}
