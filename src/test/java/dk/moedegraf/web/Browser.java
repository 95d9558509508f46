package dk.moedegraf.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages driven through /usr/bin/chromedriver. Selenium Manager is never
 * asked for a driver or a browser, so nothing is downloaded; where the packages are missing the tests skip.
 */
final class Browser {

	static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
	static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));

	private Browser() {
	}

	static ChromeDriver start(int width, int height) {
		Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
				"Browser tests skipped: no " + CHROMIUM + " / " + CHROMEDRIVER
						+ " (apt-get install chromium chromium-driver; .ci/run does this)");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=" + width + "," + height, "--lang=da-DK", "--disable-extensions");
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	static Path screenshot(ChromeDriver driver, String name) throws java.io.IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		return file;
	}
}
