package dk.moedegraf.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The configured API keys. Only SHA-256 hashes are held (a leaked configuration does not leak keys); a presented
 * key is hashed and compared with every configured hash in constant time, so neither the comparison nor the
 * number of comparisons tells an attacker how close a guess came or which key it resembled.
 */
final class ApiKeys {

	static final String HEADER = "X-API-Key";

	private record Entry(String name, byte[] sha256, List<String> roles) {
	}

	private final List<Entry> entries;

	ApiKeys(List<AccessProperties.ApiKey> configured) {
		var entries = new ArrayList<Entry>();
		var names = new java.util.HashSet<String>();
		for (int i = 0; i < configured.size(); i++) {
			AccessProperties.ApiKey key = configured.get(i);
			String where = "moedegraf.security.api-keys[" + i + "]";
			if (key.name() == null || key.name().isBlank()) {
				throw new IllegalStateException(where + ".name is missing: the edit log names the key's holder");
			}
			if (!names.add(key.name())) {
				throw new IllegalStateException(where + ".name '" + key.name() + "' is used by two keys");
			}
			if (key.sha256() == null || !key.sha256().matches("[0-9a-fA-F]{64}")) {
				throw new IllegalStateException(where + ".sha256 must be the 64 hex digits mint-key prints, not the key itself");
			}
			List<String> roles = key.roles().stream().map(r -> r.strip().toUpperCase(Locale.ROOT)).toList();
			for (String role : roles) {
				if (!Roles.ALL.contains(role)) {
					throw new IllegalStateException(where + ".roles: unknown role '" + role + "' (roles: " + Roles.ALL + ")");
				}
			}
			entries.add(new Entry(key.name(), HexFormat.of().parseHex(key.sha256().toLowerCase(Locale.ROOT)), roles));
		}
		this.entries = List.copyOf(entries);
	}

	/** The holder of the presented key, or empty when no configured key matches. */
	Optional<Authentication> authenticate(String presented) {
		byte[] hash = sha256(presented);
		Entry found = null;
		for (Entry e : entries) { // no early exit: every key is compared
			if (MessageDigest.isEqual(e.sha256(), hash)) {
				found = e;
			}
		}
		return Optional.ofNullable(found).map(KeyHolder::new);
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every JVM has SHA-256
		}
	}

	/** An authenticated key holder; {@link #getName()} is the key's name, which the edit log records. */
	private static final class KeyHolder extends AbstractAuthenticationToken {

		private final String name;

		KeyHolder(Entry entry) {
			super(AuthorityUtils.createAuthorityList(entry.roles().stream().map(r -> "ROLE_" + r).toList()));
			this.name = entry.name();
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null; // the key itself is not kept
		}

		@Override
		public Object getPrincipal() {
			return name;
		}
	}
}
