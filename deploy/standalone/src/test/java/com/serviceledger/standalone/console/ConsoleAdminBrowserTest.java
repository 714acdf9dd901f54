package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.standalone.StandaloneOnH2;
import com.serviceledger.standalone.TestOrganisation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's admin pages in a real browser, as the test user {@code admin} (ADMIN, group scope): policy versions
 * and their difference, the directory's forms, a webhook subscription made and deleted, a view rebuilt with its
 * progress bar, the dead letters; and {@code agent}, who is no administrator, refused.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAdminBrowserTest {

    /** A subsidiary of this test alone: its policy versions and directory changes disturb no other test. */
    private static final String UNIT = "sub-console-admin";
    /**
     * The view rebuilt: small, and no other test reads it while this one runs (tests of the shared context run one
     * at a time); the rebuild swaps a fully replayed index in, so the view never reads empty, and the test waits
     * until the rebuild has ended.
     */
    private static final String VIEW = "rating-view";

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;
    @Autowired
    NotificationStore store;

    private ConsoleBrowser console;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        console = ConsoleBrowser.open(port);
        browser = console.driver;
        wait = console.wait;
        // a page that does not load within a minute (a starved browser on a busy machine) fails or is loaded again
        // by the waits below, instead of being waited on for minutes
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        organisation.register(UNIT);
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
    void thePolicyPageListsTheVersionsAndShowsWhatChangedBetweenTwo() throws Exception {
        publish("PT30M", "[\"2026-10-01\"]");
        publish("PT20M", "[\"2026-10-01\",\"2026-10-02\"]");
        console.openAs("admin", "/console/admin/policies?subsidiary=" + UNIT);
        List<WebElement> versions = browser.findElements(By.cssSelector("#policy-versions tbody tr"));
        assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
        int latest = versions.size();
        assertThat(console.text(By.id("version-" + latest))).contains(UNIT + "/v" + latest, "现行", "admin");
        assertThat(console.text(By.id("version-" + (latest - 1)))).contains("已被取代");
        // the last two versions are compared unless others are chosen
        assertThat(console.text(By.id("diff-summary"))).isEqualTo(
                "从第 " + (latest - 1) + " 版到第 " + latest + " 版：共 2 处变化。");
        assertThat(console.text(By.id("policy-diff"))).contains("complaint.contactTarget 修改 PT30M PT20M",
                "holidays 新增 — 2026-10-02");
        // the publication form is filled in with the version in force
        assertThat(console.attribute(By.id("policy-terms"), "value")).contains("\"contactTarget\" : \"PT20M\"");
        console.assertNoSeriousViolations("admin policies");
        browser.manage().window().setSize(new Dimension(1280, 1300)); // the versions and their difference
        console.screenshot("admin-policies");
        browser.manage().window().setSize(new Dimension(1280, 900));

        // the same two the other way round, chosen in the form
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("diff-from")))
                .selectByValue(String.valueOf(latest));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("diff-to")))
                .selectByValue(String.valueOf(latest - 1));
        browser.findElement(By.id("diff-show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy-diff"), "PT20M PT30M"));
        assertThat(console.text(By.id("policy-diff"))).contains("holidays 删除 2026-10-02 —");

        // a refused publication shows the API's field errors; a valid one makes the next version
        WebElement terms = browser.findElement(By.id("policy-terms"));
        terms.clear();
        terms.sendKeys("{\"timeZone\":\"Asia/Shanghai\",\"satisfactionTargetPercent\":90}");
        browser.findElement(By.id("policy-publish")).click();
        assertThat(console.text(By.id("publish-errors"))).contains("complaint");
        assertThat(console.attribute(By.id("policy-terms"), "aria-invalid")).isEqualTo("true");
        // the version in force as the form fills it in publishes as it is
        browser.get(console.url("/console/admin/policies?subsidiary=" + UNIT));
        browser.findElement(By.id("policy-publish")).click();
        assertThat(console.text(By.id("policy-published"))).isEqualTo("第 " + (latest + 1) + " 版已发布，即时生效。");
    }

    @Test
    void theDirectoryFormsRegisterTransferAppointAndRecordADeparture() {
        console.openAs("admin", "/console/admin/directory?subsidiary=" + UNIT);
        assertThat(console.text(By.id("departments"))).contains("dept-gate", "dept-sales");

        // refused by the API: the error beside its field
        open("form-hire");
        type("hire-staffId", "no spaces allowed");
        type("hire-name", "Wang Fang");
        type("hire-departmentId", "dept-gate");
        browser.findElement(By.id("hire-submit")).click();
        assertThat(console.text(By.id("hire-staffId-error"))).isNotBlank();
        assertThat(console.attribute(By.id("hire-staffId"), "aria-invalid")).isEqualTo("true");
        assertThat(console.attribute(By.id("hire-staffId"), "aria-describedby")).isEqualTo("hire-staffId-error");
        assertThat(console.attribute(By.id("hire-name"), "value")).isEqualTo("Wang Fang");

        String staff = UNIT + ".wang-fang";
        browser.findElement(By.id("hire-staffId")).clear();
        type("hire-staffId", staff);
        browser.findElement(By.id("hire-submit")).click();
        assertThat(console.text(By.id("directory-done"))).isEqualTo("员工已登记，稍后显示在组织架构中。");
        showStaff(staff, "dept-gate");
        console.assertNoSeriousViolations("admin directory");
        console.phoneSized();
        console.screenshot("admin-directory-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        open("form-transfer");
        type("transfer-departmentId", "dept-sales");
        type("transfer-postId", "billing");
        browser.findElement(By.id("transfer-submit")).click();
        assertThat(console.text(By.id("directory-done"))).isEqualTo("调动已记录，稍后显示在组织架构中。");
        showStaff(staff, "dept-sales");

        open("form-appoint");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("appoint-position")))
                .selectByValue("QUALITY_SUPERVISOR");
        type("appoint-staffId", staff);
        browser.findElement(By.id("appoint-submit")).click();
        assertThat(console.text(By.id("directory-done"))).isEqualTo("任命已记录，稍后显示在组织架构中。");
        until(() -> console.text(By.id("positions")).contains(staff), "/console/admin/directory?subsidiary="
                + UNIT + "&staff=" + staff);
        assertThat(console.text(By.id("positions"))).contains("质量主管");

        open("form-departure");
        browser.findElement(By.id("departure-submit")).click();
        assertThat(console.text(By.id("directory-done"))).isEqualTo("离职已记录，稍后显示在组织架构中。");
        until(() -> console.text(By.id("staff-state")).startsWith("已于"), "/console/admin/directory?subsidiary="
                + UNIT + "&staff=" + staff);
    }

    @Test
    void aWebhookSubscriptionIsMadeThroughTheFormShowingItsSecretOnceAndDeleted() {
        console.openAs("admin", "/console/admin/webhooks");
        // nothing chosen: the API's errors beside the fields
        browser.findElement(By.id("webhook-units")).clear();
        browser.findElement(By.id("webhook-create")).click();
        assertThat(console.text(By.id("webhook-url-error"))).isNotBlank();
        assertThat(console.text(By.id("webhook-kinds-error"))).isNotBlank();
        assertThat(console.attribute(By.id("webhook-url"), "aria-invalid")).isEqualTo("true");

        // the test configuration allows a private address (a receiver on this machine)
        String url = "http://127.0.0.1:9/console-admin-" + System.nanoTime();
        type("webhook-url", url);
        browser.findElement(By.id("kind-CASE_ASSIGNED")).click();
        browser.findElement(By.id("kind-CASE_RESOLVED")).click();
        browser.findElement(By.id("webhook-units")).clear();
        type("webhook-units", UNIT);
        type("webhook-description", "Console admin test");
        browser.findElement(By.id("webhook-create")).click();
        String secret = console.text(By.id("webhook-secret"));
        assertThat(secret).hasSizeGreaterThanOrEqualTo(16).doesNotContain("*");
        By row = By.cssSelector("#webhooks tr[data-url='" + url + "']");
        assertThat(console.text(row)).contains("案件指派", "案件办结", UNIT, "****" + secret.substring(secret.length() - 4));
        console.assertNoSeriousViolations("admin webhooks");
        console.screenshot("admin-webhooks");

        // shown once: a reload shows it masked only
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("webhook-secret"))).isEmpty();

        String subscription = browser.findElement(row).getAttribute("id").substring("webhook-".length());
        browser.findElement(row).findElement(By.linkText("投递记录")).click();
        assertThat(console.text(By.id("deliveries-empty"))).isEqualTo("尚未向该订阅投递任何通知。");

        // a notification nobody answers (nothing listens on port 9): parked after its attempts, then redelivered
        Delivery parked = planWebhook(subscription);
        By delivery = By.id("delivery-" + parked.id());
        new WebDriverWait(browser, Duration.ofSeconds(40)).until(d -> {
            browser.navigate().refresh();
            return browser.findElements(delivery).stream().anyMatch(found -> found.getText().contains("已搁置"));
        });
        assertThat(console.text(delivery)).contains("案件指派", "CMP-console-admin", "第 3 次");
        console.assertNoSeriousViolations("admin webhook log");
        browser.findElement(delivery).findElement(By.tagName("button")).click();
        // the API took the redelivery (still nothing listens, so it is soon parked again: no state to assert)
        assertThat(console.text(By.id("redelivered"))).isEqualTo("该投递已重新排队。");
        browser.get(console.url("/console/admin/webhooks"));

        browser.findElement(row).findElement(By.cssSelector("button.danger")).click();
        assertThat(console.text(By.id("webhook-deleted"))).contains("已停用");
        List<WebElement> left = browser.findElements(row);
        assertThat(left.isEmpty() || left.getFirst().getText().contains("已停用")).as("gone or inactive").isTrue();
    }

    @Test
    void aViewRebuildShowsItsProgressUntilDone() {
        console.openAs("admin", "/console/admin/views");
        assertThat(console.text(By.id("views"))).contains("complaint-view", VIEW);
        console.assertNoSeriousViolations("admin views");
        browser.findElement(By.id("rebuild-" + VIEW)).click();
        assertThat(browser.findElements(By.id("views-problem"))).as("refused").isEmpty();
        wait.until(ExpectedConditions.urlContains("/console/admin/rebuilds/"));
        assertThat(console.attribute(By.id("rebuild-bar"), "max")).isEqualTo("100");
        assertThat(console.text(By.id("rebuild-label"))).isEqualTo(VIEW + " 重建进度");
        browser.executeScript("window.sameDocument = true");
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.attributeToBe(
                By.id("rebuild-progress"), "data-state", "COMPLETED"));
        assertThat(browser.executeScript("return window.sameDocument === true")).as("no reload").isEqualTo(true);
        assertThat(console.attribute(By.id("rebuild-bar"), "value")).isEqualTo("100");
        assertThat(console.text(By.id("rebuild-words"))).isEqualTo("已完成百分之 100：已完成");
        assertThat(browser.findElement(By.id("rebuild-progress")).getAttribute("hx-trigger")).as("polling stops")
                .isNull();
        console.assertNoSeriousViolations("admin rebuild");
        console.screenshot("admin-rebuild");
    }

    @Test
    void theDeadLetterPageShowsEveryViewsQueue() {
        console.openAs("admin", "/console/admin/dead-letters");
        assertThat(console.text(By.id("dead-letters-empty"))).isEqualTo("没有搁置的事件：每个视图都已处理全部事件。");
        assertThat(browser.findElements(By.id("queue-complaint-view"))).hasSize(1);
        console.assertNoSeriousViolations("admin dead letters");
    }

    @Test
    void aUserWhoIsNoAdministratorIsToldSoWith403() throws Exception {
        console.openAs("agent", "/console/admin/policies?subsidiary=" + UNIT);
        assertThat(console.text(By.id("admin-denied"))).isEqualTo("无权访问：系统管理页面仅限管理员使用。");
        assertThat(browser.findElements(By.cssSelector("nav.pages a[href='/console/admin']"))).isEmpty();
        console.assertNoSeriousViolations("admin denied");
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/console/admin", "/console/admin/webhooks", "/console/admin/views",
                "/console/admin/no-such-page")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(console.url(path)))
                    .header("Cookie", "SESSION=" + session.getValue()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).contains("admin-denied");
        }
    }

    @Test
    void anAdministratorOfOneSubsidiarySeesTheirsOnly() throws Exception {
        publish("PT30M", "[]"); // at least one version of a subsidiary outside their scope
        console.openAs("sub1-admin", "/console/admin/policies");
        browser.findElement(By.cssSelector(".unit-chooser")).findElement(By.linkText("sub-1")).click();
        assertThat(console.text(By.cssSelector("main h2"))).isEqualTo("sub-1 的政策");
        browser.get(console.url("/console/admin/policies?subsidiary=" + UNIT));
        assertThat(console.text(By.id("policy-none"))).isNotBlank();
        assertThat(browser.findElements(By.id("policy-versions"))).as("outside the scope").isEmpty();
        browser.get(console.url("/console/admin/directory?subsidiary=" + UNIT));
        assertThat(console.text(By.id("unit-missing"))).isEqualTo("您的范围内没有分公司 " + UNIT + "。");
    }

    @Test
    void badInputInTheAddressIsNeverA5xx() throws Exception {
        console.openAs("admin", "/console/admin");
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/console/admin/policies?subsidiary=..%2Fx", "/console/admin/policies?subsidiary="
                        + "x".repeat(200), "/console/admin/policies?subsidiary=" + UNIT + "&from=abc&to=99",
                "/console/admin/policies?subsidiary=no-such-unit", "/console/admin/directory?subsidiary=a%20b&staff=%3Cx%3E",
                "/console/admin/directory?subsidiary=no-such-unit&staff=no-such-staff",
                "/console/admin/webhooks/no-such-subscription", "/console/admin/webhooks/bad%20id?before=x",
                "/console/admin/rebuilds/no-such-rebuild", "/console/admin/rebuilds/no-such/progress",
                "/console/admin/dead-letters?retried=x&cleared=abc&still=-5")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(console.url(path)))
                    .header("Cookie", "SESSION=" + session.getValue()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isBetween(200, 499);
        }
        browser.get(console.url("/console/admin/no-such-page"));
        assertThat(console.text(By.id("admin-sections"))).contains("政策版本");
    }

    @Test
    void theAdminPagesSpeakEnglishToo() {
        console.openAs("admin", "/console/admin");
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Administration"));
        assertThat(console.text(By.id("admin-sections"))).contains("Policy versions", "Directory", "Webhooks",
                "View rebuilds", "Dead letters");
        console.assertNoSeriousViolations("admin overview");
        browser.get(console.url("/console/admin/dead-letters"));
        assertThat(console.text(By.id("dead-letters-empty"))).startsWith("No parked events");
    }

    /** A webhook notification to the subscription, as the notification processor plans it. */
    private Delivery planWebhook(String subscription) {
        Instant now = Instant.now();
        String payload = """
                {"kind":"CASE_ASSIGNED","eventId":"%s","occurredAt":"%s","caseType":"complaint",\
                "caseId":"CMP-console-admin","subsidiaryId":"%s","departmentId":null,"facts":{"caseType":"complaint"}}"""
                .formatted(UUID.randomUUID(), now, UNIT);
        Delivery planned = Delivery.planned(UUID.randomUUID().toString(), Delivery.webhook(subscription),
                NotificationChannel.WEBHOOK, NotificationKind.CASE_ASSIGNED, "CMP-console-admin", UNIT, null, null,
                null, "zh-CN", payload, now, now);
        assertThat(store.plan(planned)).isTrue();
        return planned;
    }

    private void open(String details) {
        WebElement form = browser.findElement(By.id(details));
        if (form.getAttribute("open") == null) {
            form.findElement(By.tagName("summary")).click();
        }
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** The staff member's page once the directory view shows them in the department. */
    private void showStaff(String staff, String department) {
        until(() -> console.text(By.id("staff-record")).contains(department),
                "/console/admin/directory?subsidiary=" + UNIT + "&staff=" + staff);
    }

    /** Reloads the page until the condition holds (the views follow the commands within a moment). */
    private void until(java.util.function.BooleanSupplier condition, String path) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.TimeoutException.class).until(d -> {
                    browser.get(console.url(path));
                    return !browser.findElements(By.id("staff-heading")).isEmpty() && condition.getAsBoolean();
                });
    }

    private void publish(String contactTarget, String holidays) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(console.url("/api/policies/" + UNIT + "/versions")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(policy(contactTarget, holidays))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private static String policy(String contactTarget, String holidays) {
        return """
                {"timeZone":"Asia/Shanghai","holidays":%s,"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"%s","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}"""
                .formatted(holidays, contactTarget);
    }
}
