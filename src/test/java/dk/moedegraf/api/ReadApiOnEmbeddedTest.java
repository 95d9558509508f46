package dk.moedegraf.api;

class ReadApiOnEmbeddedTest extends ReadApiTests {
}
