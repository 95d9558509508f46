package dk.moedegraf.seed;

class SeedGraphOnEmbeddedTest extends SeedGraphTests {
}
