package dk.moedegraf.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the parser reads from the files given, for looking at by eye while tuning. */
class PrintExtraction {

	public static void main(String[] args) throws Exception {
		for (String a : args) {
			Path p = Path.of(a);
			Extraction x = MinutesParser.parse(Files.readString(p).replace("\r\n", "\n"), p.getFileName().toString());
			System.out.println("=== " + p + "\n" + x.document());
			x.meetings().forEach(m -> {
				System.out.println("MEETING " + m.key() + " | " + m.title() + " | " + m.forums() + " | " + m.date() + " "
						+ m.start() + "-" + m.end() + " @ " + m.location() + " " + m.span());
				m.items().forEach(i -> System.out.println("   ITEM " + i));
			});
			x.people().forEach(v -> System.out.println("PERSON " + v));
			x.organisations().forEach(v -> System.out.println("ORG " + v));
			x.forums().forEach(v -> System.out.println("FORUM " + v));
			x.initiatives().forEach(v -> System.out.println("INIT " + v));
			x.attendance().forEach(v -> System.out.println("ATT " + v));
			x.memberships().forEach(v -> System.out.println("MEM " + v));
			x.affiliations().forEach(v -> System.out.println("AFF " + v));
			x.participations().forEach(v -> System.out.println("PART " + v));
			x.warnings().forEach(v -> System.out.println("WARN " + v));
		}
	}
}
