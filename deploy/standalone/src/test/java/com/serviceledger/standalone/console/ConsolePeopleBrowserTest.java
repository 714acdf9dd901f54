package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.standalone.StandaloneOnH2;
import com.serviceledger.standalone.TestOrganisation;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's people page in a real browser: a scorecard with its deduction (reason, complaint) and the
 * supervisor's joint liability, the quality supervisor's forms refused with their reasons, the directory of a
 * subsidiary (positions, staff with their supervisor), and nothing of a unit outside the user's scope.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePeopleBrowserTest {

    private static final String SUB = "sub-cp";
    private static final String HEAD = SUB + ".head-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;
    @Autowired
    EventStore eventStore;

    private ConsoleBrowser console;
    private ChromeDriver browser;
    private QualitySeed seed;
    private String clerk;
    private String complaint;
    private String second;
    private String scorecard;
    private String month;

    @BeforeAll
    void seed() throws Exception {
        console = ConsoleBrowser.open(port);
        browser = console.driver;
        seed = new QualitySeed(port, organisation);
        seed.subsidiary(SUB);
        clerk = SUB + ".clerk-" + UUID.randomUUID().toString().substring(0, 6);
        seed.hire(SUB, clerk, "Liu Yang", HEAD);
        seed.appoint(SUB, "DEPARTMENT_HEAD", HEAD, "dept-gate");
        seed.appoint(SUB, "QUALITY_SUPERVISOR", clerk, null);
        complaint = seed.verifiedComplaint(SUB, clerk);
        // the second of the month costs more, and its supervisor answers for it too (joint liability)
        second = seed.verifiedComplaint(SUB, clerk);
        JsonNode[] card = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode page = JSON.readTree(seed.get("tester", "/api/scorecards?staff=" + clerk).body());
            assertThat(page.path("items").path(0).path("complaintCount").asInt()).isEqualTo(2);
            card[0] = page.path("items").path(0);
        });
        scorecard = card[0].path("scorecardId").asText();
        month = card[0].path("month").asText();
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
    void aScorecardShowsItsDeductionWithReasonAndComplaintAndTheSupervisorsJointLiability() {
        console.openAs("supervisor", "/console/people?subsidiary=" + SUB);
        By row = By.id("sc-" + scorecard);
        assertThat(console.text(row)).contains(clerk, SUB + " / dept-gate", month, "进行中");
        assertThat(console.text(By.cssSelector("nav.pages a[aria-current='page']"))).isEqualTo("人员");
        console.assertNoSeriousViolations("people");
        console.screenshot("people");

        browser.findElement(By.id("sc-" + scorecard)).findElement(By.tagName("a")).click();
        console.wait.until(ExpectedConditions.urlContains("/console/people/scorecards/"));
        // the reason is the rule applied, as the command side scored it
        assertThat(console.text(By.id("d-" + complaint))).contains("服务态度", "attitude", "1 × 5");
        assertThat(console.text(By.id("d-" + second))).contains("服务态度", "2");
        assertThat(console.text(By.id("scorecard-points"))).isEqualTo("合计 15（本人 15，连带 0）");
        console.assertNoSeriousViolations("people-scorecard");
        console.screenshot("people-scorecard");

        String supervisors = "SC:" + HEAD + ":" + month;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            console.get("/console/people/scorecards/" + supervisors);
            assertThat(browser.findElements(By.id("joint"))).isNotEmpty();
        });
        assertThat(console.text(By.id("joint"))).contains(second, "直属主管", clerk);
    }

    /** 002 第4篇 4: a past month with two verified complaints, closed: criticism and education, no fine. */
    @Test
    void aMonthAtTheThresholdShowsItsCriticismAndEducationWithTheShortcomingsAndTheImprovementRequired()
            throws Exception {
        String past = "2025-06";
        String card = "SC:" + clerk + ":" + past;
        Instant at = Instant.parse("2025-06-10T02:00:00Z");
        eventStore.publish(new GenericDomainEventMessage<>("Scorecard", card, 0, new ScorecardOpened(card, clerk, past,
                "Asia/Shanghai", SUB, "dept-gate", "default-1", ScoringTerms.defaults())));
        for (int n = 1; n <= 2; n++) {
            eventStore.publish(new GenericDomainEventMessage<>("Scorecard", card, n, new ComplaintScored(card, clerk,
                    past, "CMP-past-" + n, MisconductCategory.ATTITUDE, null, n, n * 5,
                    "verified complaint about attitude or working state, " + n + " of the month", null, false, null, 0,
                    null, 0, ScoringRuleSet.ESCALATING_5, "default-1", "Asia/Shanghai", SUB, at)));
        }
        seed.post("supervisor", "/api/scorecards/close", """
                {"staffId":"%s","month":"%s"}""".formatted(clerk, past), 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(JSON.readTree(
                seed.get("tester", "/api/scorecards/" + card).body()).path("warned").asBoolean()).isTrue());

        console.openAs("supervisor", "/console/people/scorecards/" + card);
        assertThat(console.text(By.id("scorecard-warning"))).contains("已批评教育", "2026-06");
        assertThat(console.text(By.id("warning-shortcomings"))).contains("attitude or working state, 2 of the month");
        assertThat(console.text(By.id("warning-improvement"))).contains("2026-06");
        assertThat(browser.findElements(By.id("worst-after-warning"))).isEmpty();
        console.assertNoSeriousViolations("people-scorecard-warned");
        console.screenshot("people-scorecard-warned");

        console.get("/console/people?subsidiary=" + SUB);
        assertThat(console.text(By.id("sc-" + card))).contains(past, "批评教育");
    }

    @Test
    void underTheTieredRuleSetTheVerifierPicksAListedBehaviourAndPointsWhichTheScorecardShows() throws Exception {
        String tiered = "sub-cpt";
        seed.subsidiary(tiered);
        seed.post("admin", "/api/policies/" + tiered + "/versions", """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]},
                 "scoring":{"ruleSet":"TIERED_4","attitudePoints":5,"quarrelPoints":10,"escalationStep":5,
                 "supervisorFromCount":2,"supervisorStep":3,"groupLeaderFromCount":3,"groupLeaderStep":3,
                 "worstServiceThreshold":2,"worstServiceFine":500,"dismissalAtDesignation":3,"starBonus":500,
                 "tier1Points":5,"tier2Points":15,"tier2SeverePoints":30}}""", 201);
        String staff = tiered + ".clerk-" + UUID.randomUUID().toString().substring(0, 6);
        seed.hire(tiered, staff, "Sun Li", tiered + ".head-1");
        String id = seed.calledBackComplaint(tiered);

        console.openAs("supervisor", "/console/complaints/" + id);
        browser.findElement(By.id("open-verify")).click();
        assertThat(console.text(By.id("step-verify-behaviour"))).contains("一级 · 不尊重客户", "二级 · 辱骂、殴打客户");
        assertThat(console.text(By.id("step-verify-points-hint"))).isEqualTo("一级情节扣 5–15 分，二级情节扣 15–30 分。");
        verify(staff, "16");
        // the tier's range is the API's rule: refused beside the field, the choice kept
        assertThat(console.text(By.id("step-verify-points-error"))).contains("5–15");
        assertThat(browser.findElement(By.id("step-verify-points")).getAttribute("aria-invalid")).isEqualTo("true");
        console.assertNoSeriousViolations("case verify refused");
        verify(staff, "12");
        console.wait.until(ExpectedConditions.urlContains("done=verify"));

        String card = "SC:" + staff + ":" + YearMonth.now(ZoneId.of("Asia/Shanghai"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            console.get("/console/people/scorecards/" + card);
            assertThat(browser.findElements(By.id("d-" + id))).isNotEmpty();
        });
        assertThat(console.text(By.id("d-" + id))).contains("一级", "不尊重客户", "12", "记大过", "按 sub-cpt/v1 计分");
        console.assertNoSeriousViolations("people-scorecard tiered");
        console.screenshot("people-scorecard-tiered");
    }

    private void verify(String staff, String points) {
        if (browser.findElements(By.id("do-verify")).stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed)) {
            browser.findElement(By.id("open-verify")).click();
        }
        new Select(browser.findElement(By.id("step-verify-misconduct"))).selectByValue("ATTITUDE");
        WebElement responsible = browser.findElement(By.id("step-verify-responsibleStaffId"));
        responsible.clear();
        responsible.sendKeys(staff);
        WebElement findings = browser.findElement(By.id("step-verify-findings"));
        findings.clear();
        findings.sendKeys("Mocked the customer");
        new Select(browser.findElement(By.id("step-verify-behaviour"))).selectByValue("DISRESPECT");
        new Select(browser.findElement(By.id("step-verify-points"))).selectByValue(points);
        browser.findElement(By.id("do-verify")).click();
    }

    @Test
    void theDirectoryShowsTheSubsidiarysPositionsAndStaffWithTheirSupervisorToAnyRole() {
        console.openAs("agent", "/console/people?unit=" + SUB);
        assertThat(console.text(By.id("people-denied"))).contains("无权");
        assertThat(browser.findElements(By.id("stars"))).as("no scorecard read for an agent").isEmpty();
        assertThat(console.text(By.id("directory-unit"))).contains(SUB, "Asia/Shanghai");
        assertThat(console.text(By.id("departments"))).contains("dept-gate", "gate");
        assertThat(console.text(By.id("holder-" + HEAD))).contains("部门负责人", "dept-gate", HEAD);
        assertThat(console.text(By.id("staff-" + clerk))).contains("Liu Yang", clerk, "gate", HEAD);
        console.assertNoSeriousViolations("people-directory");
        console.screenshot("people-directory");

        browser.findElement(By.id("staff-" + clerk)).findElement(By.tagName("a")).click();
        assertThat(console.text(By.id("person"))).contains("Liu Yang", "dept-gate", HEAD);
    }

    @Test
    void anAgentRecordsASatisfactionRatingOfAStaffMemberAndAMissingScoreIsShownBesideItsField() {
        console.openAs("agent", "/console/people");
        type("rating-subsidiary", SUB);
        type("rating-staff", clerk);
        browser.findElement(By.id("rating-submit")).click();
        assertThat(console.text(By.id("rating-score-error"))).isNotBlank();
        assertThat(console.attribute(By.id("rating-score"), "aria-invalid")).isEqualTo("true");
        assertThat(console.attribute(By.id("rating-staff"), "value")).isEqualTo(clerk);

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("rating-score"))).selectByValue("4");
        type("rating-comment", "friendly at the gate");
        browser.findElement(By.id("rating-submit")).click();
        assertThat(console.text(By.id("rating-done"))).contains("RAT-");
        console.assertNoSeriousViolations("people-rating");
    }

    @Test
    void theSupervisorsFormsShowTheApisFieldErrorsAndRefusals() {
        console.openAs("supervisor", "/console/people");
        type("close-card-staff", "not an id!");
        type("close-card-month", month);
        browser.findElement(By.id("close-card-submit")).click();
        assertThat(console.text(By.id("close-card-staff-error"))).isNotBlank();
        assertThat(console.attribute(By.id("close-card-staff"), "aria-invalid")).isEqualTo("true");

        // the month is still running: its close waits until it is over
        type("close-card-staff", clerk);
        type("close-card-month", YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
        browser.findElement(By.id("close-card-submit")).click();
        assertThat(console.attribute(By.id("close-card-problem"), "role")).isEqualTo("alert");

        // a star for last month: the clerk was hired this month, so did not work there at its end
        String last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        type("star-subsidiary", SUB);
        type("star-department", "dept-gate");
        type("star-month", last);
        type("star-staff", clerk);
        browser.findElement(By.id("star-submit")).click();
        assertThat(console.text(By.id("star-staff-error"))).contains(last);
        assertThat(console.attribute(By.id("star-staff"), "aria-describedby")).isEqualTo("star-staff-error");
        console.assertNoSeriousViolations("people-form-error");

        console.openAs("head", "/console/people");
        console.text(By.id("scorecards-title"));
        assertThat(browser.findElements(By.id("scoring"))).as("only the quality supervisor scores").isEmpty();
    }

    @Test
    void aUserOfAnotherScopeSeesNoneOfTheUnitsPeople() {
        console.openAs("sub1-worker", "/console/people?subsidiary=" + SUB + "&unit=" + SUB);
        console.text(By.id("scorecards-title"));
        assertThat(browser.findElements(By.id("sc-" + scorecard))).isEmpty();
        assertThat(browser.findElements(By.id("positions"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(clerk, "Liu Yang");
        console.get("/console/people/scorecards/" + scorecard);
        assertThat(console.text(By.id("people-missing"))).contains("未找到");
        console.get("/console/people?person=" + clerk);
        assertThat(console.text(By.id("person-missing"))).contains("未找到");
        assertThat(browser.getPageSource()).doesNotContain("Liu Yang");
    }

    private void type(String id, String text) {
        var input = console.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }
}
