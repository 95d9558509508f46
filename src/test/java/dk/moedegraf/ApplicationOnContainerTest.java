package dk.moedegraf;

@OnNeo4jContainer
class ApplicationOnContainerTest extends ApplicationTests {
}
