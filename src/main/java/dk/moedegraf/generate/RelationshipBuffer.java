package dk.moedegraf.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated relationships, kept for the importer's relationship pass so that the generator runs once: rows
 * of {@link #CHUNK} packed into byte arrays (ids and values as UTF-8, types and keys as numbers). Five million
 * relationships take well under a gigabyte this way, a fraction of what they take as maps of Java objects. The
 * importer's threads unpack chunks in parallel ({@link Reader}).
 */
final class RelationshipBuffer {

	static final int CHUNK = 10_000;

	private static final byte NULL = 0, STRING = 1, LONG = 2, BOOLEAN = 3, DATE = 4, LONGS = 5, STRINGS = 6, DOUBLE = 7;

	/** Types and property keys: a few dozen names, numbered in order of appearance. */
	private final Map<String, Integer> numbers = new HashMap<>();
	private final List<String> names = new ArrayList<>();
	private final List<byte[]> chunks = new ArrayList<>();
	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
	private final DataOutputStream out = new DataOutputStream(bytes);
	private int rows;

	/** Appends one relationship; values as {@link EmbeddedSink#value} gives them to the importer. */
	void add(String type, String from, String to, Map<String, Object> properties) {
		try {
			out.writeShort(number(type));
			string(from);
			string(to);
			out.writeShort(properties.size());
			for (var p : properties.entrySet()) {
				out.writeShort(number(p.getKey()));
				value(EmbeddedSink.value(p.getValue()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (++rows == CHUNK) {
			flush();
		}
	}

	/** Ends the last chunk; call once, when the generator is done. */
	void flush() {
		if (rows > 0) {
			chunks.add(bytes.toByteArray());
			bytes.reset();
			rows = 0;
		}
	}

	List<byte[]> chunks() {
		return chunks;
	}

	/** Unpacks a chunk row by row; one reader per importer thread (the names no longer change by then). */
	Reader reader(byte[] chunk) {
		return new Reader(chunk);
	}

	final class Reader {

		private final DataInputStream in;
		String type;
		String from;
		String to;
		final List<String> keys = new ArrayList<>();
		final List<Object> values = new ArrayList<>();

		private Reader(byte[] chunk) {
			this.in = new DataInputStream(new ByteArrayInputStream(chunk));
		}

		/** The next row into the fields; false at the end of the chunk. */
		boolean next() {
			try {
				if (in.available() == 0) {
					return false;
				}
				type = names.get(in.readUnsignedShort());
				from = string(in);
				to = string(in);
				int n = in.readUnsignedShort();
				keys.clear();
				values.clear();
				for (int i = 0; i < n; i++) {
					keys.add(names.get(in.readUnsignedShort()));
					values.add(value(in));
				}
				return true;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private int number(String name) {
		return numbers.computeIfAbsent(name, k -> {
			names.add(k);
			return names.size() - 1;
		});
	}

	private void string(String s) throws IOException {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(b.length);
		out.write(b);
	}

	private static String string(DataInputStream in) throws IOException {
		byte[] b = new byte[in.readInt()];
		in.readFully(b);
		return new String(b, StandardCharsets.UTF_8);
	}

	private void value(Object v) throws IOException {
		if (v == null) {
			out.writeByte(NULL);
		}
		else if (v instanceof String s) {
			out.writeByte(STRING);
			string(s);
		}
		else if (v instanceof Long l) {
			out.writeByte(LONG);
			out.writeLong(l);
		}
		else if (v instanceof Boolean b) {
			out.writeByte(BOOLEAN);
			out.writeBoolean(b);
		}
		else if (v instanceof Double d) {
			out.writeByte(DOUBLE);
			out.writeDouble(d);
		}
		else if (v instanceof LocalDate d) {
			out.writeByte(DATE);
			out.writeLong(d.toEpochDay());
		}
		else if (v instanceof long[] a) {
			out.writeByte(LONGS);
			out.writeInt(a.length);
			for (long l : a) {
				out.writeLong(l);
			}
		}
		else if (v instanceof String[] a) {
			out.writeByte(STRINGS);
			out.writeInt(a.length);
			for (String s : a) {
				string(s);
			}
		}
		else {
			throw new IllegalArgumentException("No packing for a " + v.getClass().getName());
		}
	}

	private static Object value(DataInputStream in) throws IOException {
		return switch (in.readByte()) {
			case NULL -> null;
			case STRING -> string(in);
			case LONG -> in.readLong();
			case BOOLEAN -> in.readBoolean();
			case DOUBLE -> in.readDouble();
			case DATE -> LocalDate.ofEpochDay(in.readLong());
			case LONGS -> {
				long[] a = new long[in.readInt()];
				for (int i = 0; i < a.length; i++) {
					a[i] = in.readLong();
				}
				yield a;
			}
			case STRINGS -> {
				String[] a = new String[in.readInt()];
				for (int i = 0; i < a.length; i++) {
					a[i] = string(in);
				}
				yield a;
			}
			default -> throw new IllegalStateException("Corrupt relationship buffer");
		};
	}
}
