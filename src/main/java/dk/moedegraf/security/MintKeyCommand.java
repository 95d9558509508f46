package dk.moedegraf.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar moedegraf.jar mint-key --name anna --roles EDITOR}: makes a new random API key and prints it
 * once, with the configuration entry that admits it (its SHA-256, never the key). Nothing is stored: whoever
 * runs it pastes the entry into the configuration and hands the key over. Exit 0, or 2 on a usage error.
 */
public final class MintKeyCommand {

	private static final String USAGE = "usage: java -jar moedegraf.jar mint-key --name NAME --roles EDITOR[,ADMIN]";

	private MintKeyCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		String name = null;
		List<String> roles = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "--name" -> name = value;
				case "--roles" -> roles = value == null ? List.of()
						: List.of(value.toUpperCase(Locale.ROOT).split("\\s*,\\s*"));
				default -> {
					err.println("unknown argument: " + args[i] + "\n" + USAGE);
					return 2;
				}
			}
			i++;
		}
		if (name == null || !name.matches("[\\p{L}\\p{N}._@-]{1,64}")) {
			err.println("--name is required: letters, digits, . _ @ - (it names the key's holder in the edit log)\n" + USAGE);
			return 2;
		}
		if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
			err.println("--roles must name one or more of " + Roles.ALL + "\n" + USAGE);
			return 2;
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String key = "mg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String sha256 = HexFormat.of().formatHex(ApiKeys.sha256(key));
		out.println("API key for " + name + " (shown only now; it is stored nowhere):");
		out.println();
		out.println("  " + key);
		out.println();
		out.println("Admit it by adding this entry under moedegraf.security.api-keys in the configuration, then restart:");
		out.println();
		out.println("  - {name: " + name + ", sha256: " + sha256 + ", roles: [" + String.join(", ", roles) + "]}");
		out.println();
		out.println("Callers send it as the header  " + ApiKeys.HEADER + ": " + key);
		return 0;
	}
}
