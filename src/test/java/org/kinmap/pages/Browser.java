package org.kinmap.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its ChromeDriver ({@code apt-get install chromium chromium-driver};
 * {@code .ci/run} installs them), and axe-core from its Maven jar to check a page's accessibility. Nothing is
 * downloaded.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	final ChromeDriver driver;
	private final Path profile;

	private static Browser shared;

	/**
	 * One Chromium for every browser test class of the run (starting one takes seconds), quit when the JVM ends.
	 * Each class signs in afresh ({@code deleteAllCookies}), so none inherits another's session.
	 */
	static synchronized Browser shared() throws IOException {
		if (shared == null) {
			Browser browser = new Browser();
			Runtime.getRuntime().addShutdownHook(new Thread(browser::close, "quit-chromium"));
			shared = browser;
		}
		return shared;
	}

	Browser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("The browser tests need Debian's Chromium and ChromeDriver: "
					+ "apt-get install chromium chromium-driver (.ci/run does this)");
		}
		profile = Files.createTempDirectory("kinmap-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1400,1000", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort().build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
	}

	/** The WCAG 2.2 AA rules of axe-core (A and AA of WCAG 2.0, 2.1 and 2.2): what public-sector services must meet. */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** The impacts that fail a page: a person using a screen reader, a keyboard or low vision is blocked or hindered. */
	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	/**
	 * The serious and critical violations of WCAG 2.2 AA on the page as it is drawn now, each as its rule, impact, what
	 * it asks and every element that breaks it. axe-core is injected by WebDriver's script execution, which the
	 * page's Content-Security-Policy does not govern; the page's own headers are not changed.
	 */
	List<String> accessibilityViolations() {
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		return results.getViolations().stream()
			.filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
			.map(Browser::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + rule.getNodes().stream()
			.map(Browser::describe)
			.collect(Collectors.joining());
	}

	private static String describe(CheckedNode node) {
		return "\n    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
				+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
	}

	/** Console messages at SEVERE level since the last call (JavaScript errors, failed requests). */
	List<String> consoleErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		return file;
	}

	@Override
	public void close() {
		driver.quit();
	}
}
