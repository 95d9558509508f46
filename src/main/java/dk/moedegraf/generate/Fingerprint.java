package dk.moedegraf.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what a generator emits, per label and relationship type, and hashes it in emission order: two runs
 * with the same hash wrote the same graph. Wraps another sink, or stands alone for a dry run.
 */
final class Fingerprint implements GraphSink {

	private final GraphSink next;
	/** Null when only counting: hashing every property costs a good part of a national load. */
	private final MessageDigest digest;
	private final Map<String, Long> nodes = new TreeMap<>();
	private final Map<String, Long> relationships = new TreeMap<>();

	Fingerprint(GraphSink next, boolean hashing) {
		this.next = next;
		try {
			this.digest = hashing ? MessageDigest.getInstance("SHA-256") : null;
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static Fingerprint alone() {
		return new Fingerprint(null, true);
	}

	@Override
	public void node(String id, Map<String, Object> properties) {
		nodes.merge(Label.of(id).name, 1L, Long::sum);
		if (digest != null) {
			digest.update((id + new TreeMap<>(properties) + '\n').getBytes(StandardCharsets.UTF_8));
		}
		if (next != null) {
			next.node(id, properties);
		}
	}

	@Override
	public void relationship(String type, String from, String to, Map<String, Object> properties) {
		relationships.merge(type, 1L, Long::sum);
		if (digest != null) {
			digest.update((from + "-" + type + "->" + to + new TreeMap<>(properties) + '\n').getBytes(StandardCharsets.UTF_8));
		}
		if (next != null) {
			next.relationship(type, from, to, properties);
		}
	}

	@Override
	public void close() {
		if (next != null) {
			next.close();
		}
	}

	/** Nodes per label, sorted by label. */
	Map<String, Long> nodes() {
		return nodes;
	}

	/** Relationships per type, sorted by type. */
	Map<String, Long> relationships() {
		return relationships;
	}

	long nodeCount() {
		return nodes.values().stream().mapToLong(Long::longValue).sum();
	}

	long relationshipCount() {
		return relationships.values().stream().mapToLong(Long::longValue).sum();
	}

	/** SHA-256 of everything emitted, in order ("-" when not hashing); call once, at the end. */
	String hash() {
		return digest == null ? "-" : HexFormat.of().formatHex(digest.digest());
	}
}
