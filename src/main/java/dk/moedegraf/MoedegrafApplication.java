package dk.moedegraf;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MoedegrafApplication {

	/** {@code java -jar moedegraf.jar [import|generate|reindex|mint-key] …}: a sub-command runs without the web server and exits. */
	public static void main(String[] args) {
		String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
		String command = args.length > 0 ? args[0] : "";
		switch (command) {
			case "import" -> System.exit(dk.moedegraf.importing.ImportCommand.run(MoedegrafApplication.class, rest));
			// a synthetic Denmark for load tests and benchmarks
			case "generate" -> System.exit(dk.moedegraf.generate.GenerateCommand.run(rest));
			// one-off: resolution keys and search text for a graph loaded by other means
			case "reindex" -> System.exit(dk.moedegraf.importing.ImportCommand.reindex(MoedegrafApplication.class, rest));
			// prints a new API key and its configuration entry; needs no database
			case "mint-key" -> System.exit(dk.moedegraf.security.MintKeyCommand.run(rest));
			default -> SpringApplication.run(MoedegrafApplication.class, args);
		}
	}
}
