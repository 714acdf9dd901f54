package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the console of the test server, driven through chromedriver (the Debian packages
 * {@code chromium} and {@code chromium-driver}; {@link #open} skips the test class without them), with what every
 * console test does: sign in, read an element once it shows, check accessibility, take a screenshot (to
 * {@code target/console-screenshots/}).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final int port;

    private ConsoleBrowser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // htmx swaps parts in while we read them
    }

    /** A browser on the console at {@code port}, Chinese first in its languages; skips without Chromium. */
    static ConsoleBrowser open(int port) throws IOException {
        File driver = executable("chromedriver");
        File chromium = executable("chromium");
        Assumptions.assumeTrue(driver != null && chromium != null, "No chromium/chromedriver on this machine "
                + "(apt-get install chromium chromium-driver): the console's browser tests are skipped");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,900");
        // the browser's languages (Accept-Language): Chinese first, as the console's default users
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh,en"));
        Files.createDirectories(SCREENSHOTS);
        // the packaged driver, never one Selenium Manager would download
        return new ConsoleBrowser(new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options), port);
    }

    /** Signed out, the language choice forgotten, the laptop's window size. */
    void reset() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    void signIn(String name, String password) {
        driver.get(url("/login")); // a fresh form: its CSRF token is the session's
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/login"))));
    }

    /** Signed in as a test user (their password is their name), on the page at {@code path}. */
    void openAs(String user, String path) {
        reset();
        signIn(user, user);
        driver.get(url(path));
    }

    void get(String path) {
        driver.get(url(path));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String text(By by) {
        return wait.until(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    String attribute(By by, String name) {
        return wait.until(d -> d.findElement(by).getAttribute(name));
    }

    void phoneSized() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void screenshot(String name) {
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    /** axe-core on the page as it is: no serious or critical violation. */
    void assertNoSeriousViolations(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(ConsoleBrowser::describe)
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** The program on the PATH (or in /usr/bin), or null. */
    private static File executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        for (String dir : path.split(File.pathSeparator)) {
            File file = new File(dir, name);
            if (file.isFile() && file.canExecute()) {
                return file;
            }
        }
        return null;
    }
}
