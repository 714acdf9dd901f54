package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.standalone.StandaloneOnH2;
import com.serviceledger.standalone.TestOrganisation;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's quality page in a real browser: inspections with their rectification deadlines, a rectification's
 * standing, recording an inspection and a rectification through the forms (with the API's field errors beside the
 * fields), closing a quality month refused while it runs, and nothing of a unit outside the user's scope.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleQualityBrowserTest {

    /** The test's own subsidiary (test staff {@code sub-cq.foreman-1} and the rest, Asia/Shanghai). */
    private static final String SUB = "sub-cq";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;

    private ConsoleBrowser console;
    private ChromeDriver browser;
    private QualitySeed seed;

    @BeforeAll
    void startBrowser() throws IOException {
        console = ConsoleBrowser.open(port);
        browser = console.driver;
        seed = new QualitySeed(port, organisation);
        seed.subsidiary(SUB);
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
    void anInspectionShowsWithItsFindingsAndRectificationDeadlineAndTheRectificationItsStanding() throws Exception {
        String site = seed.site(SUB);
        JsonNode recorded = seed.dustyStairs(SUB, site);
        String inspection = recorded.path("inspectionId").asText();
        String rectification = recorded.path("rectificationIds").get(0).asText();
        JsonNode view = seed.awaitView("tester", "/api/rectifications/" + rectification);
        String due = MINUTE.format(Instant.parse(view.path("dueAt").asText()).atZone(ZONE));
        seed.awaitListed("tester", "/api/inspections?subsidiary=" + SUB, inspection);
        seed.awaitListed("tester", "/api/rectifications?subsidiary=" + SUB, rectification);

        console.openAs("inspector", "/console/quality?subsidiary=" + SUB);
        By row = By.id("i-" + inspection);
        assertThat(console.text(row)).contains("日检", SUB + " / " + site + " / clean-co", "2 项中 1 项不合格",
                due + " Asia/Shanghai");
        By rectRow = By.id("r-" + rectification);
        assertThat(console.attribute(rectRow, "data-standing")).isEqualTo("ON_TRACK");
        assertThat(console.attribute(rectRow, "class")).isEqualTo("standing-on_track");
        assertThat(console.text(rectRow)).contains("●", "期限内", "stairs-dust-free", "一般", "dust on stairs B",
                due, SUB + ".cleaner-7");
        assertThat(console.text(By.cssSelector("nav.pages a[aria-current='page']"))).isEqualTo("质量检查");
        console.assertNoSeriousViolations("quality");
        console.screenshot("quality");
        console.phoneSized();
        console.screenshot("quality-phone");
        console.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        // the unit's quality month, opened by its first inspection, counts it
        String month = seed.awaitView("tester", "/api/inspections/" + inspection).path("month").asText();
        String qualityMonth = "QM:" + SUB + ":" + site + ":clean-co:" + month;
        seed.awaitView("tester", "/api/quality-months/" + qualityMonth);
        seed.awaitListed("tester", "/api/quality-months?subsidiary=" + SUB, qualityMonth);
        console.get("/console/quality?subsidiary=" + SUB);
        assertThat(console.text(By.id("m-" + qualityMonth))).contains(site, month, "进行中");
        browser.findElement(By.id("m-" + qualityMonth)).findElement(By.tagName("a")).click();
        console.wait.until(ExpectedConditions.urlContains("/console/quality/months/"));
        assertThat(console.text(By.id("month-status"))).isEqualTo("进行中");
        assertThat(console.text(By.id("month-kinds"))).contains("日检 1 1 2 1");
        console.assertNoSeriousViolations("quality-month");

        console.get("/console/quality?subsidiary=" + SUB);
        browser.findElement(By.id("i-" + inspection)).findElement(By.tagName("a")).click();
        console.wait.until(ExpectedConditions.urlContains("/console/quality/inspections/" + inspection));
        assertThat(console.text(By.id("inspection-facts"))).contains("日检", SUB + ".foreman-1 (领班)");
        assertThat(console.text(By.id("inspection-items"))).contains("floor-clean", "合格", "stairs-dust-free",
                "不合格", "dust on stairs B", due, rectification);
        console.assertNoSeriousViolations("quality-inspection");
        console.screenshot("quality-inspection");

        browser.findElement(By.linkText(rectification)).click();
        console.wait.until(ExpectedConditions.urlContains("/console/quality/rectifications/" + rectification));
        assertThat(console.text(By.id("rectification-standing"))).contains("期限内");
        assertThat(console.text(By.id("rectification-due"))).isEqualTo(due + " Asia/Shanghai");
        // an inspector may record the fix, so the form is there
        assertThat(browser.findElements(By.id("rectify-submit"))).hasSize(1);
        console.assertNoSeriousViolations("quality-rectification");
    }

    @Test
    void anInspectorRecordsAnInspectionThroughTheFormAndSeesTheFieldErrorOfABadOne() {
        String site = seed.site(SUB);
        console.openAs("inspector", "/console/quality");
        type("rec-subsidiaryId", SUB);
        type("rec-siteId", site);
        type("rec-contractorId", "clean-co");
        type("rec-team-0-id", SUB + ".foreman-1");
        choose("rec-team-0-role", "FOREMAN");
        type("rec-item-0-code", "floor-clean");
        choose("rec-item-0-result", "PASS");
        type("rec-item-1-code", "bins-empty");
        choose("rec-item-1-result", "FAIL"); // a failed item without its severity: refused
        browser.findElement(By.id("rec-submit")).click();

        assertThat(console.text(By.id("rec-item-1-severity-error"))).isNotBlank();
        assertThat(console.attribute(By.id("rec-item-1-severity"), "aria-invalid")).isEqualTo("true");
        assertThat(console.attribute(By.id("rec-item-1-severity"), "aria-describedby"))
                .isEqualTo("rec-item-1-severity-error");
        assertThat(console.attribute(By.id("record-problem"), "role")).isEqualTo("alert");
        assertThat(console.attribute(By.id("rec-siteId"), "value")).as("what was typed stays").isEqualTo(site);
        console.assertNoSeriousViolations("quality-form-error");
        console.screenshot("quality-form-error");

        choose("rec-item-1-severity", "MINOR");
        type("rec-item-1-note", "bins overflowing");
        browser.findElement(By.id("rec-submit")).click();
        console.wait.until(ExpectedConditions.urlContains("/console/quality/inspections/"));
        assertThat(console.text(By.id("inspection-items"))).contains("floor-clean", "bins-empty", "bins overflowing",
                "Asia/Shanghai");
        assertThat(console.text(By.id("inspection-facts"))).contains(SUB + " / " + site + " / clean-co");
    }

    @Test
    void anInspectorRecordsTheFixAWorkerMadeAndTheRectificationStandsRectifiedOnTime() throws Exception {
        JsonNode recorded = seed.dustyStairs(SUB, seed.site(SUB));
        String rectification = recorded.path("rectificationIds").get(0).asText();
        seed.awaitView("tester", "/api/rectifications/" + rectification);

        // a handler records their own fix: no one else to name
        console.openAs("handler", "/console/quality/rectifications/" + rectification);
        assertThat(console.text(By.id("rectify-self"))).isNotBlank();
        assertThat(browser.findElements(By.id("rectify-by"))).isEmpty();

        console.openAs("inspector", "/console/quality/rectifications/" + rectification);
        type("rectify-by", "not an id!");
        browser.findElement(By.id("rectify-submit")).click();
        assertThat(console.text(By.id("rectify-by-error"))).isNotBlank();

        type("rectify-by", SUB + ".handler-3");
        type("rectify-note", "stairs dusted");
        browser.findElement(By.id("rectify-submit")).click();
        console.wait.until(ExpectedConditions.urlContains("?rectified"));
        assertThat(console.text(By.id("rectification-standing"))).contains("✔", "已按期整改");
        assertThat(console.text(By.id("rectification-facts"))).contains("stairs dusted", SUB + ".handler-3");
        assertThat(browser.findElements(By.id("rectify-submit"))).as("nothing left to rectify").isEmpty();
    }

    @Test
    void aQualityMonthStillRunningCannotBeClosedAndTheFormSaysWhy() {
        String site = seed.site(SUB);
        console.openAs("supervisor", "/console/quality");
        assertThat(browser.findElements(By.id("rec-submit"))).as("only inspectors record inspections").isEmpty();
        type("close-subsidiaryId", SUB);
        type("close-siteId", site);
        type("close-month", "2026-13");
        browser.findElement(By.id("close-submit")).click();
        assertThat(console.text(By.id("close-month-error"))).isNotBlank();
        assertThat(console.attribute(By.id("close-month"), "aria-invalid")).isEqualTo("true");

        type("close-month", YearMonth.now(ZONE).toString());
        browser.findElement(By.id("close-submit")).click();
        assertThat(console.text(By.id("close-problem"))).isNotBlank();
        assertThat(console.attribute(By.id("close-problem"), "role")).isEqualTo("alert");
    }

    @Test
    void aUserOfAnotherScopeSeesNothingOfTheUnitAndOneWithoutTheRolesIsToldSo() throws Exception {
        JsonNode recorded = seed.dustyStairs(SUB, seed.site(SUB));
        String inspection = recorded.path("inspectionId").asText();
        // searchable, so its absence below is the scope's doing
        seed.awaitListed("tester", "/api/inspections?subsidiary=" + SUB, inspection);

        console.openAs("sub1-worker", "/console/quality");
        console.text(By.id("rectifications-title"));
        assertThat(browser.findElements(By.id("i-" + inspection))).as("outside sub-1").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(SUB + " / ");
        console.get("/console/quality?subsidiary=" + SUB);
        console.text(By.tagName("h1"));
        assertThat(browser.findElements(By.id("i-" + inspection))).isEmpty();
        console.get("/console/quality/inspections/" + inspection);
        assertThat(console.text(By.id("quality-missing"))).contains("未找到");
        assertThat(browser.findElements(By.id("inspection-items"))).isEmpty();

        // a filter the API refuses: its words beside the field
        console.openAs("inspector", "/console/quality?month=2026-13");
        assertThat(console.text(By.id("q-month-error"))).isNotBlank();
        assertThat(console.attribute(By.id("q-month"), "aria-invalid")).isEqualTo("true");

        console.openAs("analyst", "/console/quality");
        assertThat(console.text(By.id("quality-denied"))).contains("无权");
        assertThat(browser.findElements(By.id("inspections"))).isEmpty();
        console.assertNoSeriousViolations("quality-denied");
    }

    private void type(String id, String text) {
        var input = console.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

}
