package dk.moedegraf.seed;

import dk.moedegraf.OnNeo4jContainer;

@OnNeo4jContainer
class SeedGraphOnContainerTest extends SeedGraphTests {
}
