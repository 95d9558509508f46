package dk.moedegraf.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Personal contact data (e-mail addresses, Danish phone numbers) in text the API quotes from stored documents:
 * editors see it as written, everyone else masked ({@code a…@example.dk}, {@code •• •• •• 78}). Minutes are
 * public records, but an address list copied from them is not what they were published for.
 */
public final class ContactData {

	private static final Pattern EMAIL = Pattern.compile(
			"(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}])[\\p{L}\\p{N}._%+-]*@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,})");

	/*
	 * A Danish number has eight digits. Written as 12 34 56 78, 12.34.56.78 or 1234 5678 it is a phone number by
	 * its shape (except two years side by side: 2025 2026); eight digits in a row (12345678) could as well be a
	 * case number, so that form counts only after +45 / 0045 or a word such as tlf., telefon, mobil. Dates
	 * (17-08-2021, 12.03.2025) and amounts (1.234.567) have other shapes.
	 */
	private static final String GROUPED = "\\d{2} \\d{2} \\d{2} \\d{2}|\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{2}"
			+ "|(?!(?:19|20)\\d{2} (?:19|20)\\d{2}(?!\\d))\\d{4} \\d{4}";
	private static final Pattern PHONE = Pattern.compile("(?<![\\d.,/-])(?:"
			+ "(?<prefix>(?:\\+|00)45\\h?|\\b(?i:tlf|telefon|tel|mobil|mob|phone)\\.?:?\\h*(?:\\+45\\h?)?)"
			+ "(?<prefixed>" + GROUPED + "|\\d{8})"
			+ "|(?<bare>" + GROUPED + "))(?!\\d)");

	private ContactData() {
	}

	/** The text with every e-mail address and phone number masked; null stays null. */
	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = EMAIL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "…@" + m.group(2)));
		Matcher m = PHONE.matcher(masked);
		var out = new StringBuilder();
		while (m.find()) {
			String prefix = m.group("prefix") != null ? m.group("prefix") : "";
			String number = m.group("prefixed") != null ? m.group("prefixed") : m.group("bare");
			m.appendReplacement(out, Matcher.quoteReplacement(prefix + hideAllButLastTwoDigits(number)));
		}
		return m.appendTail(out).toString();
	}

	/** The text as the current caller may see it: in full for an editor (or admin), masked for anyone else. */
	public static String forCurrentReader(String text) {
		return mayReadContactData(SecurityContextHolder.getContext().getAuthentication()) ? text : mask(text);
	}

	static boolean mayReadContactData(Authentication caller) {
		if (caller == null || !caller.isAuthenticated()) {
			return false;
		}
		return Roles.HIERARCHY.getReachableGrantedAuthorities(caller.getAuthorities()).stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals("ROLE_" + Roles.EDITOR));
	}

	private static String hideAllButLastTwoDigits(String number) {
		int digits = (int) number.chars().filter(Character::isDigit).count();
		var out = new StringBuilder(number.length());
		int seen = 0;
		for (char c : number.toCharArray()) {
			if (Character.isDigit(c)) {
				seen++;
				out.append(seen > digits - 2 ? c : '•');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
