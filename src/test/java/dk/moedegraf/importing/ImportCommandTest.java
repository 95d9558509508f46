package dk.moedegraf.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.moedegraf.MoedegrafApplication;

/**
 * The {@code import} command as a user runs it: its own Spring application without a web server, on an
 * embedded store of its own. Catches beans that need the web server (a command that cannot start imports nothing).
 */
class ImportCommandTest {

	@Test
	void the_import_command_starts_without_a_web_server_and_imports_a_file(@TempDir Path dir) throws Exception {
		Path minutes = dir.resolve("referat.txt");
		Files.writeString(minutes, "Referat af møde i Naturudvalget den 4. april 2031\n\nTil stede: Ole Lund, Eva Holm\nAfbud: Per Ravn\n",
				StandardCharsets.UTF_8);
		int status = ImportCommand.run(MoedegrafApplication.class, new String[] { minutes.toString(),
				"--moedegraf.graph.data-dir=" + dir.resolve("store"), "--moedegraf.graph.bolt-port=0",
				"--moedegraf.graph.page-cache=64m" });
		assertThat(status).isZero();
	}
}
