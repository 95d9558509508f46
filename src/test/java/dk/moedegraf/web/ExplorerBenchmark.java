package dk.moedegraf.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How fast the explorer is in headless Chromium: the first page (cold cache, then warm) and the draw and
 * settle of a 500-node neighbourhood (a generated forum with members, their organisations and meetings).
 * Reports numbers (stdout and target/explorer-benchmark.txt); asserts nothing about speed.
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=ExplorerBenchmark}.
 */
@Tag("benchmark")
class ExplorerBenchmark extends GraphTest {

	private static final String CENTRE = "forum:bench-explorer";

	@LocalServerPort
	int port;

	@AfterEach
	void removeGeneratedGraph() {
		neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'person:bench-explorer-' OR n.id STARTS WITH 'org:bench-explorer-' "
				+ "OR n.id STARTS WITH 'meeting:bench-explorer-' OR n.id = $centre DETACH DELETE n").bind(CENTRE).to("centre").run();
	}

	@Test
	void first_page_load_and_a_500_node_neighbourhood() throws IOException {
		// 1 forum + 300 members + 100 organisations they work for + 99 meetings of the forum = 500 nodes within depth 2.
		neo4j.query("""
				CREATE (f:Forum {id: $centre, name: 'Benchmark forum', aliases: ['Benchmark forum']})
				WITH f UNWIND range(0, 99) AS i
				CREATE (:Organisation {id: 'org:bench-explorer-' + i, name: 'Organisation ' + i, aliases: []})
				WITH DISTINCT f UNWIND range(0, 299) AS i
				MATCH (o:Organisation {id: 'org:bench-explorer-' + (i % 100)})
				CREATE (p:Person {id: 'person:bench-explorer-' + i, name: 'Person ' + i, aliases: []})
				CREATE (p)-[:MEMBER_OF {role: 'medlem', onBehalfOf: o.id, from: date('2020-01-01') + duration({days: i}), sources: []}]->(f)
				CREATE (p)-[:AFFILIATED_WITH {title: 'konsulent', sources: []}]->(o)
				WITH DISTINCT f UNWIND range(0, 98) AS i
				CREATE (:Meeting {id: 'meeting:bench-explorer-' + i, title: 'Møde ' + i, date: date('2024-01-01') + duration({days: 7 * i})})-[:OF {primary: true, sources: []}]->(f)
				""").bind(CENTRE).to("centre").run();

		List<String> report = new ArrayList<>();
		ChromeDriver driver = Browser.start(1366, 900);
		try {
			var js = (JavascriptExecutor) driver;
			var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
			String base = "http://localhost:" + port;
			// The first visit of a fresh browser profile is the cold one; reloads then use the cache.
			List<Long> loads = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				driver.get(base + "/?run=" + i);
				wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !!document.querySelector('#search') && document.readyState === 'complete'")));
				loads.add(((Number) js.executeScript("const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.loadEventEnd - n.startTime);")).longValue());
			}
			report.add("first page (navigation start -> load event end), cold: " + loads.get(0) + " ms; warm: " + loads.subList(1, loads.size()) + " ms");

			List<String> draws = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				driver.get(base + "/?draw=" + i + "#/net/" + CENTRE + "?depth=2");
				wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !!(window.explorerNetwork && window.explorerNetwork.ready)")));
				@SuppressWarnings("unchecked")
				var r = (Map<String, Object>) js.executeScript("const x = window.explorerNetwork; return {nodes: x.visibleNodes().length,"
						+ " edges: x.visibleEdges().length, settled: Math.round(x.settledMs), total: Math.round(performance.now())};");
				draws.add(r.get("nodes") + " nodes/" + r.get("edges") + " edges: draw+settle " + r.get("settled") + " ms (page open to settled "
						+ r.get("total") + " ms)");
			}
			report.add("500-node neighbourhood (depth 2 of a generated forum):");
			draws.forEach(d -> report.add("  " + d));
			Browser.screenshot(driver, "bench-500-nodes");
		}
		finally {
			driver.quit();
		}
		report.forEach(System.out::println);
		Files.write(Path.of("target", "explorer-benchmark.txt"), report);
	}
}
