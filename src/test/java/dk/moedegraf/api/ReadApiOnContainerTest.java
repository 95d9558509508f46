package dk.moedegraf.api;

import dk.moedegraf.OnNeo4jContainer;

@OnNeo4jContainer
class ReadApiOnContainerTest extends ReadApiTests {
}
