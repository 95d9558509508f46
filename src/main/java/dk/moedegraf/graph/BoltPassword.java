package dk.moedegraf.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The embedded server's Bolt password: generated on first start and kept in the data directory, readable by
 * its owner only, so the app, the import command and cypher-shell on this machine find the same one.
 */
final class BoltPassword {

	static final String FILE = "bolt-password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private BoltPassword() {
	}

	/** The password in {@code home/bolt-password}, written with a fresh random one when the file is missing. */
	static String keptIn(Path home) throws IOException {
		Path file = home.resolve(FILE);
		if (Files.notExists(file)) {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			try {
				// created owner-only from the start: no moment at which another user could read it
				Files.createFile(file, posix(file) ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
						: new FileAttribute<?>[0]);
				Files.writeString(file, fresh + "\n", StandardCharsets.UTF_8);
			}
			catch (FileAlreadyExistsException raced) {
				// another process wrote it first: use theirs
			}
		}
		if (posix(file)) {
			Files.setPosixFilePermissions(file, OWNER_ONLY); // tightened again if someone loosened it
		}
		String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
		if (kept.isEmpty()) {
			throw new IllegalStateException(file + " is empty: delete it to have a new password generated");
		}
		return kept;
	}

	/**
	 * Sets the user's password in the system database (the embedded API is not subject to authentication).
	 * Run at every start, so a configured password takes effect and an old store without one gets it.
	 */
	static void apply(DatabaseManagementService service, String user, String password) {
		var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		try {
			system.executeTransactionally("ALTER USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// Neo4j refuses to "change" a password to the one it already has: then there is nothing to do.
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				throw ex;
			}
		}
	}

	private static boolean posix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}
}
