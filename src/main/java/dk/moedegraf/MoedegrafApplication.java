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
		if (args.length > 0 && args[0].equals("reindex")) {
			// derived properties of a graph written by other means (cypher-shell, a restored dump)
			System.exit(dk.moedegraf.importing.ImportCommand.reindex(MoedegrafApplication.class,
					java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(MoedegrafApplication.class, args);
	}
}
