package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web console in a real browser: headless Chromium driven through chromedriver (the Debian packages
 * {@code chromium} and {@code chromium-driver}; skipped without them). In the shared standalone test context;
 * screenshots go to {@code target/console-screenshots/}.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    /** The demo staff member zhou-min of demo-tangshan (test users: password = name). */
    private static final String USER = "tangshan-agent";
    private static final String STAFF = "zhou-min";
    /** Seconds-long contact targets (see the test configuration), so a breach falls due inside the test. */
    private static final String NOTIFY = "sub-notify";

    @LocalServerPort
    int port;
    @Autowired
    NotificationStore store;
    @Autowired
    TestOrganisation organisation;

    private ConsoleBrowser console;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        console = ConsoleBrowser.open(port);
        browser = console.driver;
        wait = console.wait;
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
    void aWrongPasswordIsRefusedTheRightOneLandsOnHomeAndSigningOutEndsTheSession() {
        browser.get(url("/login"));
        screenshot("login");
        browser.findElement(By.id("username")).sendKeys(USER);
        browser.findElement(By.id("password")).sendKeys("not-" + USER);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(text(By.id("login-error"))).isEqualTo("用户名或密码不正确。");

        signIn(USER, USER);
        wait.until(ExpectedConditions.urlToBe(url("/")));
        assertThat(text(By.id("greeting"))).isEqualTo("您好，" + USER);
        assertThat(text(By.cssSelector(".who"))).contains(USER, "营运专员", "demo-tangshan");
        assertThat(text(By.id("to-intake"))).isEqualTo("受理");
        assertThat(browser.findElements(By.id("to-admin"))).as("no way to admin for an agent").isEmpty();
        assertThat(browser.findElements(By.cssSelector("nav.pages a[href='/console/admin']"))).isEmpty();
        screenshot("home");

        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login?signed-out"));
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aPageAskedForBeforeSigningInIsShownAfterIt() {
        browser.get(url("/console/inbox"));
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(USER, USER);
        wait.until(ExpectedConditions.urlToBe(url("/console/inbox")));
    }

    @Test
    void theLanguageSwitchesBetweenChineseAndEnglish() {
        signIn(USER, USER);
        wait.until(ExpectedConditions.urlToBe(url("/")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text(By.cssSelector("nav.pages"))).contains("通知", "指标看板");

        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("greeting"), "Hello, " + USER));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text(By.cssSelector("nav.pages"))).contains("Inbox", "Dashboard");
        screenshot("home-en");

        browser.findElement(By.cssSelector(".languages button[value='zh-CN']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("greeting"), "您好，" + USER));

        // a page's parameters stay (a board's filter, a report's period); another site is never the way back
        browser.get(url("/console/sla?subsidiary=demo-tangshan"));
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "SLA board"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/sla?subsidiary=demo-tangshan"));
        browser.executeScript("document.querySelector('.languages input[name=back]').value = '//example.com/x'");
        browser.findElement(By.cssSelector(".languages button[value='zh-CN']")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));
    }

    @Test
    void theInboxListsTheUsersNotificationsTakesNewOnesLiveAndMarksThemRead() {
        Delivery first = plan("CMP-console-1", "demo-tangshan", STAFF);
        Delivery foreign = plan("CMP-console-x", "demo-tangshan", "someone-else");
        Delivery outOfScope = plan("CMP-console-y", "sub-elsewhere", STAFF);
        signIn(USER, USER);
        browser.get(url("/console/inbox"));
        wait.until(ExpectedConditions.attributeToBe(By.id("inbox"), "data-live", "ready"));
        assertThat(attribute(By.id("n-" + first.id()), "class")).contains("unread");
        assertThat(text(By.id("n-" + first.id()))).contains("CMP-console-1");
        assertThat(browser.findElements(By.id("n-" + foreign.id()))).as("another's notification").isEmpty();
        assertThat(browser.findElements(By.id("n-" + outOfScope.id()))).as("outside the scope").isEmpty();

        // arrives while the page is open, without a reload
        browser.executeScript("window.sameDocument = true");
        Delivery second = plan("CMP-console-2", "demo-tangshan", STAFF);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("n-" + second.id())));
        assertThat(browser.executeScript("return window.sameDocument === true")).isEqualTo(true);
        screenshot("inbox");

        browser.findElement(By.cssSelector("#n-" + second.id() + " button.mark-read")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("n-" + second.id()), "class", "read"));
        assertThat(store.find(second.id()).orElseThrow().readAt()).isNotNull();
        assertThat(store.find(first.id()).orElseThrow().readAt()).isNull();

        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("inbox-phone");
    }

    @Test
    void theConsolesSessionCookieOpensTheConsoleButNoApiEndpoint() throws Exception {
        signIn(USER, USER);
        wait.until(ExpectedConditions.urlToBe(url("/")));
        Cookie session = browser.manage().getCookieNamed("SESSION");
        assertThat(session).as("the console's session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> console = http.send(withCookie("/console/inbox", session),
                HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).as("the cookie is valid").isEqualTo(200);
        for (String path : List.of("/api/me", "/api/notifications")) {
            HttpResponse<String> api = http.send(withCookie(path, session), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as(path).isEqualTo(401);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void theAccessibilityCheckFindsNoSeriousIssue() {
        plan("CMP-console-a11y", "demo-tangshan", STAFF);
        browser.get(url("/login"));
        assertNoSeriousViolations("login");
        signIn(USER, USER);
        wait.until(ExpectedConditions.urlToBe(url("/")));
        assertNoSeriousViolations("home");
        browser.get(url("/console/inbox"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notifications li")));
        assertNoSeriousViolations("inbox");
    }

    /**
     * A complaint nobody contacts in sub-notify (2 s contact target, 4 s hard limit) appears on its department
     * head's board while the page is open, and turns to breached, in red and in words, without a reload; the
     * filters narrow it; a user of another scope never sees it.
     */
    @Test
    void theSlaBoardShowsOpenCasesOfTheScopeLiveUntilTheirBreach() throws Exception {
        organisation.register(NOTIFY); // nothing when registered already
        signIn("notify-head", "notify-head");
        browser.get(url("/console/sla"));
        wait.until(ExpectedConditions.attributeToBe(By.id("sla"), "data-live", "ready"));
        assertThat(text(By.cssSelector("nav.pages a[aria-current='page']"))).isEqualTo("时限看板");
        browser.executeScript("window.sameDocument = true");

        String id = fileComplaint();
        By row = By.id("case-" + id);
        WebDriverWait live = new WebDriverWait(browser, Duration.ofSeconds(25));
        live.ignoring(StaleElementReferenceException.class);
        live.until(ExpectedConditions.presenceOfElementLocated(row));
        live.until(ExpectedConditions.attributeToBe(row, "data-standing", "BREACHED"));
        assertThat(browser.executeScript("return window.sameDocument === true")).as("no reload").isEqualTo(true);
        assertThat(attribute(row, "class")).isEqualTo("standing-breached");
        assertThat(text(row)).contains("已超时", "投诉", "sub-notify / dept-gate", "联系客户", "Asia/Shanghai");
        assertThat(text(By.id("sla-summary"))).containsPattern("已超时 [1-9]");
        assertNoSeriousViolations("sla");
        screenshot("sla");

        browser.get(url("/console/sla?subsidiary=" + NOTIFY + "&department=dept-gate"));
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        browser.get(url("/console/sla?subsidiary=demo-tangshan"));
        assertThat(text(By.id("sla-summary"))).startsWith("未结案件 0 件");
        browser.get(url("/console/sla?mine=on"));
        assertThat(text(By.id("sla-summary"))).startsWith("未结案件");
        assertThat(browser.findElements(row)).as("nobody handles it yet, so not the head's own").isEmpty();

        browser.get(url("/console/sla"));
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "SLA board"));
        assertThat(text(row)).contains("Breached", "Complaint", "Contact the customer", "not assigned");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("sla-phone-en");

        browser.manage().deleteAllCookies();
        signIn(USER, USER);
        for (String path : List.of("/console/sla", "/console/sla?subsidiary=" + NOTIFY)) {
            browser.get(url(path));
            wait.until(ExpectedConditions.attributeToBe(By.id("sla"), "data-live", "ready"));
            assertThat(text(By.id("sla-summary"))).startsWith("未结案件");
            assertThat(browser.findElements(row)).as("outside " + USER + "'s scope: " + path).isEmpty();
        }
    }

    /** As the intake agent files it over the JSON API. */
    private String fileComplaint() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/complaints")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("agent:agent".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                         "content":"Barrier stuck","demand":"Apology",
                         "target":{"subsidiaryId":"sub-notify","departmentId":"dept-gate"},"urgency":"NORMAL"}"""))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return new ObjectMapper().readTree(answer.body()).path("complaintId").asText();
    }

    /** An inbox notification, as the notification processor plans it. */
    private Delivery plan(String caseId, String subsidiary, String staffId) {
        Instant now = Instant.now();
        String payload = """
                {"kind":"CASE_ASSIGNED","eventId":"%s","occurredAt":"%s","caseType":"complaint","caseId":"%s",\
                "subsidiaryId":"%s","departmentId":null,"facts":{"caseType":"complaint","as":"HANDLER"}}"""
                .formatted(UUID.randomUUID(), now, caseId, subsidiary);
        Delivery planned = Delivery.planned(UUID.randomUUID().toString(), Delivery.staff(staffId),
                NotificationChannel.INBOX, NotificationKind.CASE_ASSIGNED, caseId, subsidiary, null, staffId, null,
                "zh-CN", payload, now, now);
        assertThat(store.plan(planned)).isTrue();
        return store.find(planned.id()).orElseThrow();
    }

    private HttpRequest withCookie(String path, Cookie session) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", "SESSION=" + session.getValue())
                .timeout(Duration.ofSeconds(30)).build();
    }

    private void signIn(String name, String password) {
        console.signIn(name, password);
    }

    private String attribute(By by, String name) {
        return console.attribute(by, name);
    }

    private String text(By by) {
        return console.text(by);
    }

    private void screenshot(String name) {
        console.screenshot(name);
    }

    private void assertNoSeriousViolations(String page) {
        console.assertNoSeriousViolations(page);
    }

    private String url(String path) {
        return console.url(path);
    }
}
