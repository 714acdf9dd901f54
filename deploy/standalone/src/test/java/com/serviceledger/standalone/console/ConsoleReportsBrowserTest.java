package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.StandaloneOnH2;
import com.serviceledger.standalone.TestOrganisation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's reports page in a real browser: a unit's evaluation report from the form, its CSV downloaded
 * through the console (the session's cookie) with the same figures as the page and the same bytes as the API's
 * own CSV, a bad period shown beside its field, and no report of a unit outside the user's scope.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleReportsBrowserTest {

    private static final String SUB = "sub-cr";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;

    private ConsoleBrowser console;
    private ChromeDriver browser;
    private QualitySeed seed;
    private String month;

    @BeforeAll
    void seed() throws Exception {
        console = ConsoleBrowser.open(port);
        browser = console.driver;
        seed = new QualitySeed(port, organisation);
        seed.subsidiary(SUB);
        String inspection = seed.dustyStairs(SUB, seed.site(SUB)).path("inspectionId").asText();
        month = seed.awaitView("tester", "/api/inspections/" + inspection).path("month").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figure(JSON.readTree(seed.get("analyst",
                "/api/reports/units/" + SUB + "?period=month&at=" + month).body()), "inspections", "inspections"))
                .isEqualTo("1"));
    }

    @AfterAll
    void stopBrowser() {
        if (console != null) {
            console.close();
        }
    }

    @BeforeEach
    void signedOut() {
        console.reset();
    }

    @Test
    void aUnitsReportShowsAsTablesAndItsCsvDownloadsWithTheSameFigures() throws Exception {
        console.openAs("analyst", "/console/reports");
        type("r-subsidiary", SUB);
        type("r-at", month);
        browser.findElement(By.id("r-show")).click();
        assertThat(console.text(By.id("report-title"))).isEqualTo("单位 " + SUB + " 的考评报告（" + month + "）");
        assertThat(value("inspections/inspections")).isEqualTo("1");
        assertThat(value("inspections/inspections with failures")).isEqualTo("1");
        assertThat(value("inspections/failed items")).isEqualTo("1");
        assertThat(console.text(By.id("section-inspections"))).contains("质量检查", "检查次数", "不合格项目");
        console.assertNoSeriousViolations("reports");
        assertThat(browser.getCurrentUrl()).as("the report in view after the form").endsWith("#report");
        console.screenshot("reports");

        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#report tr[data-figure]"))) {
            shown.put(row.getAttribute("data-figure"), row.findElement(By.cssSelector("td.value")).getText());
        }
        assertThat(shown).isNotEmpty();

        // the download, as the browser fetches it: with the session's cookie
        String link = console.attribute(By.id("report-csv"), "href");
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").contains("UTF-8"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains("filename=").contains(".csv"));
        byte[] csv = download.body();
        assertThat(Arrays.copyOf(csv, 3)).as("a UTF-8 byte order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = Arrays.asList(new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("section,figure,value");
        assertThat(lines).hasSize(shown.size() + 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String key = cells[0] + "/" + cells[1];
            assertThat(shown).as(line).containsKey(key);
            assertThat(shown.get(key)).as(key).isEqualTo(asShown(cells[2]));
        }

        // the same bytes as the API's own CSV for a client with Basic auth: the columns are defined once
        HttpResponse<byte[]> api = seed.bytes("analyst",
                "/api/reports/units/" + SUB + "?period=month&at=" + month + "&format=csv");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).isEqualTo(csv);

        // a staff member's report, its notes saying which sections do not apply
        console.get("/console/reports?subject=staff&staff=" + SUB + ".cleaner-7&period=month&at=" + month);
        assertThat(console.text(By.id("report-title"))).isEqualTo("员工 " + SUB + ".cleaner-7 的考评报告（" + month + "）");
        assertThat(console.text(By.id("report-notes"))).isNotBlank();
        assertThat(console.attribute(By.id("report-csv"), "href")).contains("subject=staff");
    }

    @Test
    void aBadPeriodShowsBesideItsFieldAndTheReportOfAnotherScopeIsNotShown() throws Exception {
        console.openAs("analyst", "/console/reports?subject=unit&subsidiary=" + SUB + "&period=month&at=March");
        assertThat(console.text(By.id("r-at-error"))).isNotBlank();
        assertThat(console.attribute(By.id("r-at"), "aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.id("report"))).isEmpty();

        console.openAs("sub1-worker", "/console/reports?subject=unit&subsidiary=" + SUB + "&period=month&at=" + month);
        assertThat(console.text(By.id("report-problem"))).isNotBlank();
        assertThat(browser.findElements(By.id("report"))).isEmpty();
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        console.url("/console/reports/report.csv?subject=unit&subsidiary=" + SUB + "&period=month&at="
                                + month)))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).as("the API's refusal, as it is").isIn(403, 404);
        assertThat(download.body()).doesNotContain("inspections,");

        console.openAs("handler", "/console/reports");
        assertThat(console.text(By.id("reports-denied"))).contains("无权");
        console.assertNoSeriousViolations("reports-denied");
    }

    @Test
    void theReportPageWorksInEnglish() {
        console.openAs("supervisor", "/console/reports");
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        console.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Reports"));
        console.get("/console/reports?subject=unit&subsidiary=" + SUB + "&period=month&at=" + month);
        assertThat(console.text(By.id("report-title"))).isEqualTo("Evaluation report of unit " + SUB + " (" + month + ")");
        assertThat(console.text(By.id("section-inspections"))).contains("Inspections", "failed items");
        console.screenshot("reports-en");
    }

    private String value(String figure) {
        return console.text(By.cssSelector("#report tr[data-figure='" + figure + "'] td.value"));
    }

    /** A CSV value as the page shows it: fractions to four places, yes/no in words, a dash for none. */
    private static String asShown(String raw) {
        if (raw.isEmpty()) {
            return "—";
        }
        if (raw.equals("true") || raw.equals("false")) {
            return raw.equals("true") ? "是" : "否";
        }
        if (raw.matches("-?\\d+") || !raw.matches("-?[\\d.Ee+-]+")) {
            return raw; // whole numbers and words (e.g. the satisfaction target's source) as they are
        }
        BigDecimal decimal = new BigDecimal(raw).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    private static String figure(JsonNode report, String section, String name) {
        for (JsonNode figure : report.path("figures")) {
            if (figure.path("section").asText().equals(section) && figure.path("figure").asText().equals(name)) {
                return figure.path("value").asText();
            }
        }
        return null;
    }

    private void type(String id, String text) {
        var input = console.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }
}
