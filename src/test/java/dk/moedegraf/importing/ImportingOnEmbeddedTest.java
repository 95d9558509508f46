package dk.moedegraf.importing;

class ImportingOnEmbeddedTest extends ImportingTests {
}
