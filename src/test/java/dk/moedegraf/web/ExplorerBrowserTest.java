package dk.moedegraf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import dk.moedegraf.GraphTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The explorer in a real browser over the seed graph: what a journalist would click. Each scenario leaves a
 * screenshot in target/screenshots/. Skips (assumption) where Debian's chromium and chromium-driver are missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest extends GraphTest {

	@LocalServerPort
	int port;

	private ChromeDriver driver;
	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		driver = Browser.start(1366, 900);
		wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void danishDesktop() {
		driver.manage().window().setSize(new Dimension(1366, 900));
		open("/");
		js("localStorage.setItem('moedegraf.lang', 'da')");
		driver.navigate().refresh();
	}

	@Test
	void searching_kgbenhavn_finds_koebenhavns_kommune_among_the_organisations() throws IOException {
		open("/");
		WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
		search.sendKeys("Kgbenhavn");
		WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//div[@role='group'][div[.='Organisationer']]/div[@role='option'][contains(., 'Københavns Kommune')]")));
		Browser.screenshot(driver, "01-search-kgbenhavn");
		assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
		option.click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("article.entity h1"), "Københavns Kommune"));
		assertThat(driver.getCurrentUrl()).endsWith("#/e/org%3Akoebenhavns-kommune");
		assertThat(driver.findElements(By.xpath("//h2[starts-with(., 'Enheder')]/following-sibling::div//td/a"))).isNotEmpty();
	}

	@Test
	void strategisk_forum_lists_its_members_with_the_organisation_each_represents() throws IOException {
		open("/#/e/forum:strategisk-forum");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("article.entity h1"), "Strategisk Forum"));
		List<WebElement> rows = driver.findElements(By.xpath("//h2[starts-with(., 'Medlemmer')]/following-sibling::div//tbody/tr"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
		WebElement row = driver.findElement(By.xpath("//tbody/tr[td[1][.='Ole Kiil Jacobsen']]"));
		assertThat(row.findElement(By.xpath("td[3]")).getText()).isNotBlank();
		assertThat(driver.findElement(By.id("members-at")).getAttribute("value"))
				.isEqualTo(js("return new Date().toLocaleDateString('sv-SE')"));
		row.findElement(By.cssSelector("details.sources summary")).click();
		assertThat(row.findElement(By.cssSelector("details.sources li")).getText()).contains("linje 525");
		Browser.screenshot(driver, "02-strategisk-forum-members");
		driver.findElement(By.id("lang")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[starts-with(., 'Members (')]")));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
	}

	@Test
	void a_hovedmed_meeting_shows_who_had_afbud_and_who_stood_in_for_whom() throws IOException {
		open("/#/e/forum:hovedmed-sof");
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText("HovedMED d. 24. april 2026"))).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("article.entity h1"), "HovedMED d. 24. april 2026"));
		WebElement absentee = driver.findElement(By.xpath(
				"//h2[starts-with(., 'Afbud')]/following-sibling::div//tr[td[1][.='Eughtina Birkedahl']]"));
		assertThat(absentee.findElement(By.xpath("td[4]")).getText()).isEqualTo("Mie Ejdesgaard Böhm");
		WebElement substitute = driver.findElement(By.xpath(
				"//h2[starts-with(., 'Til stede')]/following-sibling::div//tr[td[1][.='Mie Ejdesgaard Böhm']]"));
		assertThat(substitute.findElement(By.xpath("td[4]")).getText()).isEqualTo("Eughtina Birkedahl");
		assertThat(driver.findElements(By.cssSelector("ol.agenda p.decision"))).isNotEmpty();
		js("arguments[0].scrollIntoView({block: 'center'})", absentee);
		Browser.screenshot(driver, "03-hovedmed-meeting-afbud");
		driver.manage().window().setSize(new Dimension(390, 844));
		assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
				.as("no horizontal scrolling at phone width").isTrue();
		Browser.screenshot(driver, "03b-hovedmed-meeting-phone");
	}

	@Test
	void double_clicking_a_node_in_a_forums_network_expands_its_neighbours() throws IOException {
		open("/#/net/forum:strategisk-forum");
		awaitSettled();
		int before = visibleNodes().size();
		assertThat(visibleNodes()).contains("org:mbu", "person:ole-kiil-jacobsen");
		doubleClickNode("org:mbu");
		wait.until(d -> visibleNodes().size() > before);
		assertThat(driver.getCurrentUrl()).contains("x=org:mbu");
		awaitSettled();
		Browser.screenshot(driver, "04-network-expanded");
		// The URL is the whole view: opening it again draws the same nodes.
		List<String> expanded = visibleNodes();
		driver.navigate().refresh();
		awaitSettled();
		assertThat(visibleNodes()).containsExactlyInAnyOrderElementsOf(expanded);
	}

	@Test
	void the_path_between_two_people_is_highlighted_with_evidence_on_each_edge() throws IOException {
		open("/#/net/person:poul-erik-philipsen?depth=2");
		awaitSettled();
		driver.findElement(By.id("net-path-search")).sendKeys("Medom");
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@role='option'][contains(., 'Thomas Medom')]"))).click();
		List<WebElement> steps = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#path-result li"), 2));
		assertThat(steps.get(0).getText()).startsWith("Poul Erik Philipsen");
		assertThat(steps.get(steps.size() - 1).getText()).startsWith("Thomas Medom");
		assertThat(driver.getCurrentUrl()).contains("to=person:thomas-medom");
		assertThat(visibleNodes()).contains("person:thomas-medom");
		awaitSettled();
		steps.get(0).findElement(By.cssSelector("button.edge-step")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#net-info details.sources li")));
		assertThat(driver.findElement(By.id("net-info")).getText()).contains("Belæg").contains("linje");
		Browser.screenshot(driver, "05-path-between-people");
	}

	@Test
	void moving_the_date_slider_past_its_end_drops_a_membership_that_ended() throws IOException {
		String seat = "person:helle-holm>MEMBER_OF>forum:hovedmed-sof";
		open("/#/net/forum:hovedmed-sof?at=2026-05-20");
		awaitSettled();
		assertThat(visibleEdges()).contains(seat);
		WebElement slider = driver.findElement(By.id("net-at-slider"));
		for (int i = 0; i < 26; i++) {
			slider.sendKeys(Keys.ARROW_RIGHT);
		}
		assertThat(driver.findElement(By.id("net-at")).getAttribute("value")).isEqualTo("2026-06-15");
		assertThat(driver.getCurrentUrl()).contains("at=2026-06-15");
		assertThat(visibleEdges()).doesNotContain(seat);
		Browser.screenshot(driver, "06-date-slider-after");
		driver.findElement(By.id("net-all-dates")).click();
		assertThat(visibleEdges()).contains(seat);
	}

	@Test
	void graphiql_is_served_from_the_app_and_shows_the_schema_documentation() throws IOException {
		open("/graphiql");
		WebElement docs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".graphiql-doc-explorer")));
		wait.until(d -> docs.getText().contains("Query"));
		docs.findElement(By.linkText("Query")).click();
		wait.until(d -> docs.getText().contains("network"));
		Browser.screenshot(driver, "07-graphiql-docs");
		@SuppressWarnings("unchecked")
		List<String> foreign = (List<String>) js("return performance.getEntriesByType('resource').map(r => r.name)"
				+ ".filter(n => !n.startsWith(location.origin) && !n.startsWith('data:'))");
		assertThat(foreign).as("nothing loaded from outside the app").isEmpty();
	}

	private void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private void awaitSettled() {
		wait.until(d -> Boolean.TRUE.equals(js("return !!(window.explorerNetwork && window.explorerNetwork.ready)")));
	}

	@SuppressWarnings("unchecked")
	private List<String> visibleNodes() {
		return (List<String>) js("return window.explorerNetwork.visibleNodes().filter(id => !id.startsWith('more:'))");
	}

	@SuppressWarnings("unchecked")
	private List<String> visibleEdges() {
		return (List<String>) js("return window.explorerNetwork.visibleEdges().map(e => e.id)");
	}

	private void doubleClickNode(String id) {
		@SuppressWarnings("unchecked")
		var p = (java.util.Map<String, Number>) js("const n = window.explorerNetwork.network;"
				+ "const d = n.canvasToDOM(n.getPosition(arguments[0])); const r = n.body.container.getBoundingClientRect();"
				+ "return {x: d.x - r.width / 2, y: d.y - r.height / 2};", id);
		WebElement canvas = driver.findElement(By.cssSelector("#net-canvas canvas"));
		new Actions(driver).moveToElement(canvas, p.get("x").intValue(), p.get("y").intValue()).doubleClick().perform();
	}
}
