package dk.moedegraf;

class ApplicationOnEmbeddedTest extends ApplicationTests {
}
