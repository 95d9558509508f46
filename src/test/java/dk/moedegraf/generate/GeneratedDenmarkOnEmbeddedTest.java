package dk.moedegraf.generate;

/** The Java API writer, as {@code generate} uses it for the embedded database. */
class GeneratedDenmarkOnEmbeddedTest extends GeneratedDenmarkTests {

	@Override
	boolean viaBolt() {
		return false;
	}
}
