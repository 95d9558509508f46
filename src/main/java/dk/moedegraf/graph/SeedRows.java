package dk.moedegraf.graph;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A seed statement of the shape {@code UNWIND [literal rows] AS row …} sent as {@code UNWIND $rows AS row …} with the
 * rows as a parameter. Cypher's front end walks a literal's syntax tree many times over (semantic analysis and
 * rewriting before the literal becomes a parameter), and the seed's lists are large: run as written, loading them
 * took ~12 s of a first start, nearly all in planning. The files stay plain Cypher, runnable with cypher-shell.
 * <p>
 * It reads maps, lists, strings, numbers, booleans, {@code null}, and {@code date('…')} / {@code datetime('…')} of a
 * string; anything else leaves the statement as written.
 */
final class SeedRows {

	/** The statement to run and its parameters. */
	record Statement(String text, Map<String, Object> parameters) {
	}

	private final String s;
	private int i;

	private SeedRows(String s, int i) {
		this.s = s;
		this.i = i;
	}

	/** The statement with its leading literal list as {@code $rows}, or as written when it has none we read. */
	static Statement of(String statement) {
		return parameterised(statement).orElseGet(() -> new Statement(statement, Map.of()));
	}

	static Optional<Statement> parameterised(String statement) {
		if (!statement.regionMatches(true, 0, "UNWIND", 0, 6)) {
			return Optional.empty();
		}
		var reader = new SeedRows(statement, 6);
		try {
			reader.space();
			if (!reader.at('[')) {
				return Optional.empty();
			}
			Object rows = reader.value();
			int end = reader.i;
			reader.space();
			if (!statement.regionMatches(true, reader.i, "AS", 0, 2)) {
				return Optional.empty();
			}
			return Optional.of(new Statement("UNWIND $rows" + statement.substring(end), Map.of("rows", rows)));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException e) {
			return Optional.empty(); // not a literal this reader knows: Neo4j reads the statement as written
		}
	}

	private Object value() {
		space();
		char c = s.charAt(i);
		if (c == '[') {
			i++;
			var list = new ArrayList<Object>();
			space();
			if (at(']')) {
				i++;
				return list;
			}
			while (true) {
				list.add(value());
				if (!separator(']')) {
					return list;
				}
			}
		}
		if (c == '{') {
			i++;
			var map = new LinkedHashMap<String, Object>();
			space();
			if (at('}')) {
				i++;
				return map;
			}
			while (true) {
				space();
				String key = key();
				space();
				expect(':');
				map.put(key, value());
				if (!separator('}')) {
					return map;
				}
			}
		}
		if (c == '\'' || c == '"') {
			return string();
		}
		if (c == '-' || Character.isDigit(c)) {
			return number();
		}
		String word = word();
		switch (word.toLowerCase(java.util.Locale.ROOT)) {
			case "null":
				return null;
			case "true":
				return true;
			case "false":
				return false;
			case "date":
				return LocalDate.parse(call());
			case "datetime":
				String text = call();
				return text.endsWith("]") ? ZonedDateTime.parse(text) : OffsetDateTime.parse(text);
			default:
				throw new IllegalArgumentException(word);
		}
	}

	/** After an element: true at a comma (more follow), false at the closing bracket. */
	private boolean separator(char close) {
		space();
		if (at(',')) {
			i++;
			return true;
		}
		expect(close);
		return false;
	}

	/** The one string argument of a temporal function: {@code ('2021-08-17')}. */
	private String call() {
		space();
		expect('(');
		space();
		String argument = string();
		space();
		expect(')');
		return argument;
	}

	private String key() {
		if (at('`')) {
			int end = s.indexOf('`', i + 1);
			String key = s.substring(i + 1, end);
			i = end + 1;
			return key;
		}
		return word();
	}

	private String word() {
		int start = i;
		while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
			i++;
		}
		if (start == i) {
			throw new IllegalArgumentException("at " + i);
		}
		return s.substring(start, i);
	}

	private String string() {
		char quote = s.charAt(i++);
		var out = new StringBuilder();
		while (true) {
			char c = s.charAt(i++);
			if (c == quote) {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = s.charAt(i++);
			switch (e) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
					i += 4;
				}
				case '\\', '\'', '"' -> out.append(e);
				default -> throw new IllegalArgumentException("escape \\" + e);
			}
		}
	}

	private Object number() {
		int start = i;
		if (at('-')) {
			i++;
		}
		boolean decimal = false;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (c == '.' || c == 'e' || c == 'E' || ((c == '-' || c == '+') && decimal)) {
				decimal = true;
			}
			else if (!Character.isDigit(c)) {
				break;
			}
			i++;
		}
		String text = s.substring(start, i);
		return decimal ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text);
	}

	private boolean at(char c) {
		return i < s.length() && s.charAt(i) == c;
	}

	private void expect(char c) {
		if (!at(c)) {
			throw new IllegalArgumentException("expected " + c + " at " + i);
		}
		i++;
	}

	/** Blanks and {@code //} comments. */
	private void space() {
		while (i < s.length()) {
			if (Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			else if (s.startsWith("//", i)) {
				int end = s.indexOf('\n', i);
				i = end < 0 ? s.length() : end + 1;
			}
			else {
				return;
			}
		}
	}
}
