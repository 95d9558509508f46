package dk.moedegraf.importing;

import dk.moedegraf.OnNeo4jContainer;

@OnNeo4jContainer
class ImportingOnContainerTest extends ImportingTests {
}
