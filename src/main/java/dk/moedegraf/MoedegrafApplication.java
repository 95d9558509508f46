package dk.moedegraf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MoedegrafApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			// the command line importer: no web server, exits when done
			System.exit(dk.moedegraf.importing.ImportCommand.run(MoedegrafApplication.class,
					java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals("mint-key")) {
			// prints a new API key and its configuration entry; needs no database
			System.exit(dk.moedegraf.security.MintKeyCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals("reindex")) {
			// one-off: search text for a graph loaded by other means
			System.exit(dk.moedegraf.search.ReindexCommand.run(MoedegrafApplication.class,
					java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(MoedegrafApplication.class, args);
	}
}
