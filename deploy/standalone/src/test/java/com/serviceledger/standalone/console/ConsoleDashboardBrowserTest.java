package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.StandaloneOnH2;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real browser, on figures of its own: two subsidiaries registered through the API for this run,
 * one a day ahead of the other (Pacific/Kiritimati, UTC+14, and Pacific/Honolulu, UTC−10: always exactly one local
 * day apart), sharing a department id no other test uses. Grouped by nothing and filtered by that department, by
 * day, the later subsidiary's day has the earlier one's as its previous period: so the change against the previous
 * period is a real one, seeded through the API alone.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleDashboardBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String EAST = "sub-dash-e-" + RUN;
    private static final String WEST = "sub-dash-w-" + RUN;
    private static final String DEPARTMENT = "dept-dash-" + RUN;
    private static final String[] METRICS = {"complaint-rate", "on-time-completion", "satisfaction-trend"};

    @LocalServerPort
    int port;

    private ConsoleBrowser console;
    private ChromeDriver browser;
    private WebDriverWait wait;
    /** The local days of the two subsidiaries' cases: west's, then east's, the next. */
    private LocalDate westDay;
    private LocalDate eastDay;
    private String eastComplaint;

    @BeforeAll
    void seed() throws Exception {
        console = ConsoleBrowser.open(port); // skips the class without a browser, before seeding
        browser = console.driver;
        wait = console.wait;
        register(EAST, "Pacific/Kiritimati");
        register(WEST, "Pacific/Honolulu");
        // west: 1 complaint over 2 service requests (50 %); east, a day later: 1 over 4 (25 %)
        fileComplaint(WEST, "HOTLINE");
        fileRequest(WEST);
        fileRequest(WEST);
        eastComplaint = fileComplaint(EAST, "ONLINE");
        for (int i = 0; i < 4; i++) {
            fileRequest(EAST);
        }
        // the local days as the views wrote them (the clock may pass midnight between two calls)
        westDay = LocalDate.parse(receivedDate("/api/service-requests?subsidiary=" + WEST, 2));
        eastDay = LocalDate.parse(receivedDate("/api/service-requests?subsidiary=" + EAST, 4));
        assertThat(eastDay).as("Kiritimati is a day ahead of Honolulu").isEqualTo(westDay.plusDays(1));
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

    /** The dashboard's parameters: by day, from the day before west's to east's (the latest period). */
    private String query() {
        return "period=day&groupBy=none&departmentId=" + DEPARTMENT + "&from=" + westDay.minusDays(1)
                + "&to=" + eastDay.plusDays(1);
    }

    @Test
    void theDashboardShowsTheMetricApisFiguresWithTheChangeAndUpdatesLive() throws Exception {
        console.openAs("analyst", "/console/dashboard?" + query());
        wait.until(ExpectedConditions.attributeToBe(By.id("figures"), "data-live", "ready"));
        assertThat(console.text(By.cssSelector("nav.pages a[aria-current='page']"))).isEqualTo("指标看板");
        for (String metric : METRICS) {
            assertSameFigures(metric, api(metric));
        }
        // the charts are drawn (ECharts from its WebJar, under the content security policy)
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "3"));
        assertThat(browser.findElements(By.cssSelector("#chart-complaint-rate canvas"))).isNotEmpty();

        // east's day against west's, its previous one: 25 % after 50 %, a fall of 25 points, which is better
        WebElement east = row("complaint-rate", "complaint-rate", eastDay.toString());
        assertThat(east.findElement(By.cssSelector(".value")).getText()).isEqualTo("25.0 %");
        assertThat(east.findElement(By.cssSelector(".counts")).getText()).isEqualTo("1 / 4");
        assertThat(east.findElement(By.cssSelector(".change")).getText()).contains("▼", "-25.0 个百分点");
        assertThat(east.findElement(By.cssSelector(".change")).getAttribute("class")).contains("change-better");
        String headline = console.text(By.id("headline-complaint-rate-complaint-rate"));
        assertThat(headline).contains(eastDay.toString(), "25.0 %", "-25.0 个百分点", "改善", "50.0 %");
        console.assertNoSeriousViolations("dashboard");
        console.screenshot("dashboard");

        // a new complaint in east changes its figure without a reload
        browser.executeScript("window.sameDocument = true");
        fileComplaint(EAST, "HOTLINE");
        WebDriverWait live = new WebDriverWait(browser, Duration.ofSeconds(30));
        live.ignoring(StaleElementReferenceException.class);
        live.until(d -> "2 / 4".equals(row("complaint-rate", "complaint-rate", eastDay.toString())
                .findElement(By.cssSelector(".counts")).getText()));
        assertThat(browser.executeScript("return window.sameDocument === true")).as("no reload").isEqualTo(true);
        assertThat(row("complaint-rate", "complaint-rate", eastDay.toString()).findElement(By.cssSelector(".value"))
                .getText()).isEqualTo("50.0 %");
        assertSameFigures("complaint-rate", api("complaint-rate"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "3"));

        // the drill-down of an analyst: the figures yes, the cases (they name customers) no
        browser.findElement(By.cssSelector("#table-complaint-rate tr[data-period='" + eastDay + "'] a.drill"))
                .click();
        assertThat(console.text(By.id("cases-denied"))).contains("不能查看案件");
    }

    @Test
    void aBarsCasesAreListedWithLinksToTheirPages() throws Exception {
        console.openAs("supervisor", "/console/dashboard?" + query());
        WebElement link = row("complaint-rate", "complaint-rate", eastDay.toString())
                .findElement(By.cssSelector("a.drill"));
        link.click();
        wait.until(ExpectedConditions.urlContains("/console/dashboard/cases"));
        assertThat(console.text(By.id("bucket"))).contains("服务投诉率", eastDay.toString());
        // east's cases of its day, none of west's (a day earlier in their own calendars)
        By complaint = By.id("case-" + eastComplaint);
        assertThat(console.attribute(By.cssSelector("#case-" + eastComplaint + " a"), "href"))
                .endsWith("/console/complaints/" + eastComplaint);
        assertThat(browser.findElement(complaint).getText()).contains(EAST, DEPARTMENT);
        assertThat(browser.findElements(By.cssSelector("#cases-service-request tbody tr"))).hasSize(4);
        for (WebElement row : browser.findElements(By.cssSelector(".case-row"))) {
            assertThat(row.getText()).contains(EAST).doesNotContain(WEST);
        }
        console.assertNoSeriousViolations("dashboard cases");
        console.screenshot("dashboard-cases");

        // the chart's bar leads to the same page (the canvas is clicked where ECharts drew the bar)
        browser.navigate().back();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "3"));
        Object target = browser.executeScript("""
                var chart = echarts.getInstanceByDom(document.getElementById('chart-complaint-rate'));
                var at = chart.convertToPixel({seriesIndex: 0}, [arguments[0], arguments[1]]);
                return at;""", eastDay.toString(), 12.5);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) target;
        WebElement canvas = browser.findElement(By.cssSelector("#chart-complaint-rate canvas"));
        org.openqa.selenium.Rectangle box = canvas.getRect();
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(canvas, at.get(0).intValue() - box.getWidth() / 2,
                        at.get(1).intValue() - box.getHeight() / 2)
                .click().perform();
        wait.until(ExpectedConditions.urlContains("/console/dashboard/cases"));
        assertThat(console.text(By.id("bucket"))).contains(eastDay.toString());
    }

    @Test
    void theEnglishVersionAndThePhoneSize() {
        console.openAs("analyst", "/console/dashboard?" + query());
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        console.get("/console/dashboard?" + query()); // the switch goes back to the page, not to its parameters
        assertThat(console.text(By.id("h-complaint-rate"))).isEqualTo("Complaint rate");
        assertThat(console.text(By.id("headline-complaint-rate-complaint-rate")))
                .contains("pp", "previous period");
        assertThat(console.text(By.id("target-satisfaction-trend"))).isEqualTo("Satisfaction target: 90.0 %");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "3"));
        console.assertNoSeriousViolations("dashboard (English)");
        console.screenshot("dashboard-en");
        console.phoneSized();
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "3"));
        assertThat(browser.executeScript("return document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth")).as("no sideways scrolling of the page").isEqualTo(true);
        browser.executeScript("document.getElementById('metric-complaint-rate').scrollIntoView()");
        console.screenshot("dashboard-phone"); // the first chart and its headline, below the controls
    }

    @Test
    void aRoleWithoutTheFiguresIsToldSo() {
        console.openAs("agent", "/console/dashboard");
        assertThat(console.text(By.id("dashboard-denied"))).contains("不能查看指标");
        assertThat(browser.findElements(By.id("figures"))).isEmpty();
        console.assertNoSeriousViolations("dashboard denied");
    }

    @Test
    void badInputIsShownBesideItsFieldNeverAsAnError() {
        console.openAs("analyst", "/console/dashboard?period=day&from=2026-13-40&to=" + LocalDate.now());
        assertThat(console.text(By.id("dashboard-problem"))).contains("from");
        assertThat(console.attribute(By.id("d-from"), "aria-invalid")).isEqualTo("true");
        assertThat(console.text(By.id("d-from-error"))).isNotBlank();
        console.get("/console/dashboard/cases?metric=nonsense&period=day&start=x");
        assertThat(console.text(By.id("cases-invalid"))).isNotBlank();
    }

    /** Every bucket of the API's answer is a row of the page's table with the same figures, and no other row. */
    private void assertSameFigures(String metric, JsonNode report) {
        List<String> expected = new ArrayList<>();
        for (JsonNode series : report.path("series")) {
            for (JsonNode bucket : series.path("buckets")) {
                WebElement row = row(metric, series.path("name").asText(), bucket.path("period").asText());
                assertThat(row.getAttribute("data-numerator")).as(metric + " " + bucket)
                        .isEqualTo(bucket.path("numerator").asText());
                assertThat(row.getAttribute("data-denominator")).as(metric + " " + bucket)
                        .isEqualTo(bucket.path("denominator").asText());
                JsonNode value = bucket.path("value");
                String shown = row.findElement(By.cssSelector(".value")).getText();
                if (value.isNull()) {
                    assertThat(shown).isEqualTo("—");
                } else {
                    assertThat(Double.parseDouble(row.getAttribute("data-value"))).isEqualTo(value.asDouble());
                    assertThat(shown).isEqualTo(String.format(Locale.ROOT, "%.1f %%", value.asDouble() * 100));
                }
                JsonNode delta = bucket.path("change").path("delta");
                String change = row.findElement(By.cssSelector(".change")).getText();
                if (delta.isNull()) {
                    assertThat(change).isEqualTo("—");
                } else {
                    assertThat(change).contains(String.format(Locale.ROOT, "%+.1f", delta.asDouble() * 100));
                }
                expected.add(series.path("name").asText() + "|" + bucket.path("period").asText());
            }
        }
        assertThat(browser.findElements(By.cssSelector("#table-" + metric + " tbody tr"))).hasSize(expected.size());
    }

    private WebElement row(String metric, String series, String period) {
        return browser.findElement(By.cssSelector("#table-" + metric + " tr[data-series='" + series
                + "'][data-period='" + period + "']"));
    }

    /** The metric as the API answers it over HTTP, as the analyst, with the dashboard's parameters. */
    private JsonNode api(String metric) throws Exception {
        HttpResponse<String> answer = send("GET", "/api/metrics/" + metric + "?" + query(), "analyst", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private void register(String subsidiary, String zone) throws Exception {
        HttpResponse<String> registered = send("POST", "/api/organisation/subsidiaries", "admin", """
                {"subsidiaryId":"%s","name":"%s","timeZone":"%s"}""".formatted(subsidiary, subsidiary, zone));
        assertThat(registered.statusCode()).as(registered.body()).isBetween(200, 299);
        HttpResponse<String> department = send("POST", "/api/organisation/subsidiaries/" + subsidiary
                + "/departments", "admin", """
                {"departmentId":"%s","name":"Counter","kind":"CUSTOMER_SERVICE"}""".formatted(DEPARTMENT));
        assertThat(department.statusCode()).as(department.body()).isBetween(200, 299);
        // a case's calendar is its policy's time zone
        HttpResponse<String> policy = send("POST", "/api/policies/" + subsidiary + "/versions", "admin", """
                {"timeZone":"%s","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}"""
                .formatted(ZoneId.of(zone).getId()));
        assertThat(policy.statusCode()).as(policy.body()).isBetween(200, 299);
    }

    private String fileComplaint(String subsidiary, String channel) throws Exception {
        return created("/api/complaints", """
                {"channel":"%s","customer":{"name":"Li Wei","phone":"%s"},
                 "content":"Queue too long","demand":"Apology",
                 "target":{"subsidiaryId":"%s","departmentId":"%s"},"urgency":"NORMAL"}"""
                .formatted(channel, phone(), subsidiary, DEPARTMENT), "complaintId");
    }

    private String fileRequest(String subsidiary) throws Exception {
        return created("/api/service-requests", """
                {"channel":"ON_SITE","customer":{"name":"Zhao Min","phone":"%s"},
                 "category":"BUSINESS_ASSISTANCE","description":"Open an account",
                 "target":{"subsidiaryId":"%s","departmentId":"%s"}}"""
                .formatted(phone(), subsidiary, DEPARTMENT), "serviceRequestId");
    }

    /** Filed as the agent (scope: the group); retried while the new subsidiary is not yet known everywhere. */
    private String created(String path, String body, String idField) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> answer = send("POST", path, "agent", body);
            if (answer.statusCode() == 201) {
                return JSON.readTree(answer.body()).path(idField).asText();
            }
            assertThat(System.nanoTime()).as(answer.body()).isLessThan(until);
            Thread.sleep(200);
        }
    }

    /** The local date of receipt of the search's cases, once the view has all {@code count}. */
    private String receivedDate(String search, int count) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> answer = send("GET", search, "supervisor", null);
            JsonNode page = JSON.readTree(answer.body());
            if (page.path("total").asInt() >= count) {
                return page.path("items").get(0).path("receivedDate").asText();
            }
            assertThat(System.nanoTime()).as(answer.body()).isLessThan(until);
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> send(String method, String path, String user, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(console.url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.GET();
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String phone() {
        return "139%08d".formatted(Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
    }
}
