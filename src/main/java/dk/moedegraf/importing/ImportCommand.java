package dk.moedegraf.importing;

import dk.moedegraf.names.NameKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dk.moedegraf.search.Reindex;

import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar moedegraf.jar import [--dry-run] FILE…}: imports each file (one transaction each),
 * printing progress per file and a summary, then exits; no web server is started. Exit status 0 when
 * every file was imported, 1 when any was refused, 2 on a usage error.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	public static int run(Class<?> application, String[] args) {
		PrintStream out = System.out;
		boolean dryRun = false;
		List<Path> files = new ArrayList<>();
		for (String a : args) {
			if (a.equals("--dry-run")) {
				dryRun = true;
			}
			else if (a.startsWith("--")) {
				continue; // Spring properties (--spring.neo4j.uri=…) go to the application
			}
			else {
				files.add(Path.of(a));
			}
		}
		if (files.isEmpty()) {
			System.err.println("usage: java -jar moedegraf.jar import [--dry-run] FILE…");
			return 2;
		}
		String[] springArgs = java.util.Arrays.stream(args).filter(a -> a.startsWith("--") && !a.equals("--dry-run"))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(springArgs)) {
			return importAll(context.getBean(DocumentImporter.class), files, dryRun, out);
		}
	}

	/**
	 * {@code java -jar moedegraf.jar reindex}: gives the nodes of a graph written by other means than the
	 * importer (cypher-shell, a restored dump) the resolver's keys and their search text. The importer
	 * writes both itself; run this once after loading such a graph, not at every start.
	 */
	public static int reindex(Class<?> application, String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(args)) {
			int keys = NameKeys.refresh(context.getBean(Driver.class));
			int texts = Reindex.reindex(context.getBean(Driver.class));
			System.out.println("Resolution keys set on " + keys + " nodes, search text on " + texts + " nodes.");
			return 0;
		}
	}

	static int importAll(DocumentImporter importer, List<Path> files, boolean dryRun, PrintStream out) {
		int created = 0;
		int matched = 0;
		int failed = 0;
		int n = 0;
		for (Path file : files) {
			n++;
			String prefix = "[" + n + "/" + files.size() + "] " + file + ": ";
			try {
				String text = ImportUploadController.utf8(Files.readAllBytes(file));
				ImportReport r = importer.importDocument(new DocumentImporter.Request(file.getFileName().toString(), text,
						file.toString(), dryRun));
				created += r.created();
				matched += r.matched();
				out.println(prefix + r.document().id() + " — " + r.meetings().size() + " meetings, " + r.people().size()
						+ " people, " + r.forums().size() + " forums; created " + r.created() + ", matched " + r.matched()
						+ (r.warnings().isEmpty() ? "" : ", " + r.warnings().size() + " warnings"));
				r.warnings().forEach(w -> out.println("    warning: " + w));
			}
			catch (ImportRejectedException | IOException e) {
				failed++;
				out.println(prefix + "REFUSED — " + e.getMessage());
			}
		}
		out.println((dryRun ? "Dry run (nothing written): " : "Imported ") + (files.size() - failed) + " of "
				+ files.size() + " files; created " + created + ", matched " + matched
				+ (failed > 0 ? "; " + failed + " refused" : ""));
		return failed > 0 ? 1 : 0;
	}
}
