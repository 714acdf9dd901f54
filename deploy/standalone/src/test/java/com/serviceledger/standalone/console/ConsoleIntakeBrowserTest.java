package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.StandaloneOnH2;
import com.serviceledger.standalone.TestOrganisation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's intake forms and case pages in a real browser: an agent receives a complaint through the form and
 * lands on its page, a refused form keeps its values and shows each error beside its field, the case's timeline
 * grows as a department head forwards it, a user out of scope finds nothing, and the clear contact is shown only
 * through a recorded disclosure. Cases of their own subsidiary (sub-intake), so no other test sees them.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIntakeBrowserTest {

    private static final String UNIT = "sub-intake";
    private static final String PHONE = "13812345678";

    @LocalServerPort
    int port;
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
    void anAgentReceivesAComplaintThroughTheFormAndLandsOnItsPage() {
        console.openAs("agent", "/console/intake");
        assertThat(console.text(By.tagName("h1"))).isEqualTo("受理");
        // the first field has the focus: the agent types at once
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("complaint-channel");
        assertThat(browser.findElement(By.id("complaint-customer-name")).getAttribute("required")).isNotNull();
        assertThat(browser.findElement(By.id("complaint-customer-phone")).getAttribute("required")).isNull();
        assertThat(browser.findElements(By.cssSelector("#complaint-channel option")))
                .extracting(WebElement::getText).contains("服务热线", "微信", "意见箱");
        console.assertNoSeriousViolations("intake");
        console.screenshot("intake");

        // keyboard only: the fields in order, typed in, Enter sends (a malformed phone first)
        new Select(browser.findElement(By.id("complaint-urgency"))).selectByValue("NORMAL");
        type("complaint-customer-name", "王芳");
        type("complaint-customer-phone", "call me");
        type("complaint-content", "营业厅排队一小时无人处理");
        type("complaint-demand", "道歉并改进");
        type("complaint-target-subsidiaryId", UNIT);
        type("complaint-target-departmentId", "dept-gate");
        browser.findElement(By.id("complaint-submit")).click();

        // refused: the summary on top, the error beside the phone, the values kept, nothing received
        assertThat(console.text(By.id("intake-problem"))).startsWith("未能受理");
        assertThat(browser.findElement(By.id("intake-problem")).getAttribute("role")).isEqualTo("alert");
        WebElement phone = browser.findElement(By.id("complaint-customer-phone"));
        assertThat(phone.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(phone.getAttribute("aria-describedby")).isEqualTo("complaint-customer-phone-error");
        assertThat(console.text(By.id("complaint-customer-phone-error"))).isEqualTo("请填写有效的电话号码。");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("complaint-customer-phone");
        assertThat(phone.getAttribute("value")).isEqualTo("call me");
        assertThat(browser.findElement(By.id("complaint-customer-name")).getAttribute("value")).isEqualTo("王芳");
        assertThat(browser.findElement(By.id("complaint-content")).getAttribute("value")).isEqualTo("营业厅排队一小时无人处理");
        console.assertNoSeriousViolations("intake with errors");
        console.screenshot("intake-error");

        phone.clear();
        phone.sendKeys(PHONE);
        browser.findElement(By.id("complaint-submit")).click();
        wait.until(ExpectedConditions.urlContains("/console/complaints/"));
        String id = browser.getCurrentUrl().replaceAll(".*/console/complaints/([^?#]+).*", "$1");
        assertThat(console.text(By.id("case-done"))).isEqualTo("投诉已受理。");
        assertThat(console.text(By.id("case-status"))).isEqualTo("已受理");
        assertThat(console.text(By.id("case-facts"))).contains(UNIT + " / dept-gate", "服务热线", "一般");
        assertThat(console.text(By.id("case-texts"))).contains("营业厅排队一小时无人处理");
        assertThat(console.text(By.id("case-customer"))).doesNotContain(PHONE);
        assertThat(console.text(By.id("case-promises"))).contains("联系客户", "Asia/Shanghai");
        assertThat(moments()).hasSize(1);
        assertThat(console.text(By.cssSelector("#case-timeline li"))).contains("投诉已受理", "操作人：agent",
                "Asia/Shanghai");

        // the SLA board lists it, its id a link to this page
        console.get("/console/sla?subsidiary=" + UNIT);
        // the board reloads itself live (htmx swaps it in): the link is clicked on the board as it stands
        wait.until(ExpectedConditions.attributeToBe(By.id("sla"), "data-live", "ready"));
        wait.until(driver -> {
            driver.findElement(By.cssSelector("#case-" + id + " a")).click();
            return true;
        });
        wait.until(ExpectedConditions.urlToBe(console.url("/console/complaints/" + id)));
        assertThat(console.text(By.cssSelector("h1 .case-id"))).isEqualTo(id);
    }

    @Test
    void aServiceRequestIsReceivedThroughItsOwnFormAndWorkedThroughItsPage() throws Exception {
        console.openAs("agent", "/console/intake");
        browser.findElement(By.id("kind-service-request")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service-request-form")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("service-request-channel");
        new Select(browser.findElement(By.id("service-request-category"))).selectByValue("INFORMATION");
        type("service-request-customer-name", "Li Lei");
        type("service-request-customer-email", "li.lei@example.com");
        type("service-request-description", "How do I change the account holder?");
        type("service-request-target-subsidiaryId", UNIT);
        browser.findElement(By.id("service-request-submit")).click();
        wait.until(ExpectedConditions.urlContains("/console/service-requests/"));
        assertThat(console.text(By.id("case-done"))).isEqualTo("服务请求已受理。");
        assertThat(console.text(By.id("case-facts"))).contains("信息咨询");
        String path = new URI(browser.getCurrentUrl()).getPath();
        // the agent's own next steps at receipt: ask for the missing materials (assigning is the head's)
        assertThat(browser.findElements(By.id("open-assign"))).isEmpty();
        browser.findElement(By.id("open-request-materials")).click();
        type("step-request-materials-missingItems", "身份证复印件\n\n户口簿\n");
        browser.findElement(By.id("do-request-materials")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "待补材料"));
        assertThat(console.text(By.id("case-texts"))).contains("身份证复印件\n户口簿");
        browser.findElement(By.id("do-materials-received")).click(); // a step without a body: one button
        wait.until(ExpectedConditions.urlContains("done=materials-received"));
        assertThat(console.text(By.id("case-status"))).isEqualTo("已受理");
        console.assertNoSeriousViolations("service request");

        // the department head takes it on
        console.openAs("head", path);
        browser.findElement(By.id("open-assign")).click();
        type("step-assign-assigneeId", TestOrganisation.staffOf(UNIT, "handler-3"));
        browser.findElement(By.id("do-assign")).click();
        wait.until(ExpectedConditions.urlContains("done=assign"));
        assertThat(console.text(By.id("case-status"))).isEqualTo("已指派");
        assertThat(console.text(By.id("case-facts"))).contains(TestOrganisation.staffOf(UNIT, "handler-3"));
        assertThat(moments()).extracting(WebElement::getText).anySatisfy(moment -> assertThat(moment)
                .contains("已指派", "操作人：head"));
    }

    @Test
    void aFormSentTwiceReceivesOneComplaint() {
        console.openAs("agent", "/console/intake");
        type("complaint-customer-name", "Zhang San");
        type("complaint-customer-email", "zhang.san@example.com");
        type("complaint-content", "Sent twice by a double click");
        type("complaint-target-subsidiaryId", UNIT);
        // the same form, its key included, sent twice: both answers lead to the one complaint
        Object pages = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('complaint-form');
                const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                    .then(r => r.url);
                send().then(first => send().then(second => done([first, second])), e => done(['failed', String(e)]));""");
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) pages;
        assertThat(urls.get(0)).contains("/console/complaints/CMP-");
        assertThat(urls.get(1)).isEqualTo(urls.get(0));
    }

    @Test
    void aUserWhoCannotReceiveIsToldSoInsteadOfTheFormsAndOneWhoReadsNoCasesSeesNone() throws Exception {
        String id = fileComplaint();
        console.openAs("analyst", "/console/intake");
        assertThat(console.text(By.id("intake-denied"))).contains("营运专员");
        assertThat(browser.findElements(By.id("complaint-form"))).isEmpty();
        console.get("/console/complaints/" + id);
        assertThat(console.text(By.id("case-denied"))).isEqualTo("您的角色无权查看案件。");
        assertThat(browser.getPageSource()).doesNotContain("Barrier stuck");
        assertThat(status("GET", "/console/complaints/" + id, null)).isEqualTo(403);

        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-denied"), "Your roles do not read cases."));
        console.get("/console/intake");
        assertThat(console.text(By.id("intake-denied"))).startsWith("Your roles cannot receive");
    }

    @Test
    void aHeadForwardsTheComplaintAndTheTimelineGrowsARefusalIsShownBesideItsField() throws Exception {
        String id = fileComplaint();
        console.openAs("head", "/console/complaints/" + id);
        assertThat(moments()).hasSize(1);
        // a head may forward or name a handler, but a received complaint is not yet the handler's to resolve
        assertThat(browser.findElements(By.id("open-forward"))).hasSize(1);
        assertThat(browser.findElements(By.id("open-resolve"))).isEmpty();

        browser.findElement(By.id("open-forward")).click();
        type("step-forward-departmentId", "dept-gate");
        type("step-forward-departmentHeadId", TestOrganisation.staffOf(UNIT, "head-1"));
        browser.findElement(By.id("do-forward")).click();
        wait.until(ExpectedConditions.urlContains("done=forward"));
        assertThat(console.text(By.id("case-done"))).isEqualTo("已完成：转派");
        assertThat(console.text(By.id("case-status"))).isEqualTo("已转派");
        assertThat(moments()).hasSize(2);
        assertThat(moments().get(1).getText()).contains("已转派", "操作人：head", "部门: dept-gate");

        // the API refuses a malformed staff id: the page says so beside the field, and nothing happened
        browser.findElement(By.id("open-handler")).click();
        type("step-handler-handlerId", "no such person!");
        browser.findElement(By.id("do-handler")).click();
        assertThat(console.text(By.id("case-problem"))).startsWith("未能完成“指定处理人”");
        WebElement handler = browser.findElement(By.id("step-handler-handlerId"));
        assertThat(handler.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(handler.getAttribute("aria-describedby")).isEqualTo("step-handler-handlerId-error");
        assertThat(handler.getAttribute("value")).isEqualTo("no such person!");
        assertThat(console.text(By.id("step-handler-handlerId-error"))).isNotBlank();
        assertThat(moments()).hasSize(2);
        console.assertNoSeriousViolations("case with a refusal");

        // another user's step while the page is open: the page says so, and a reload shows it
        wait.until(ExpectedConditions.attributeToBe(By.id("case-changed"), "data-live", "ready"));
        HttpResponse<String> named = api("head", "/api/complaints/" + id + "/handler",
                "{\"handlerId\":\"" + TestOrganisation.staffOf(UNIT, "handler-3") + "\"}");
        assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("case-changed"), "本案件有新的进展。 重新载入"));
        browser.findElement(By.id("case-reload")).click();
        wait.until(driver -> moments().size() == 3);
        assertThat(moments().get(2).getText()).contains("已指定处理人", "操作人：head");

        // in English too
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("timeline-heading"), "Timeline"));
        assertThat(console.text(By.id("case-status"))).isEqualTo("Forwarded");
        assertThat(moments().get(1).getText()).contains("Forwarded", "By head");
    }

    @Test
    void aHeadReturnsTheInvestigationResultThroughTheCasePageThenTheSolutionIsOffered() throws Exception {
        String id = fileComplaint();
        HttpResponse<String> forwarded = api("head", "/api/complaints/" + id + "/forward",
                "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"" + TestOrganisation.staffOf(UNIT, "head-1")
                        + "\"}");
        assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(200);
        console.openAs("head", "/console/complaints/" + id);
        // 001 §3.3: the investigation result is owed from the forwarding; the solution is drawn up from it
        assertThat(console.text(By.id("promise-investigation"))).contains("调查结果");
        assertThat(browser.findElements(By.id("open-solution"))).isEmpty();

        browser.findElement(By.id("open-investigation-result")).click();
        type("step-investigation-result-findings", "The barrier motor failed");
        browser.findElement(By.id("do-investigation-result")).click();
        wait.until(ExpectedConditions.urlContains("done=investigation-result"));
        assertThat(console.text(By.id("case-done"))).isEqualTo("已完成：调查结果");
        assertThat(console.text(By.id("promise-investigation"))).contains("按时");
        assertThat(console.text(By.id("promise-solution"))).contains("部门解决方案");
        assertThat(browser.findElements(By.id("open-investigation-result"))).isEmpty();
        assertThat(browser.findElements(By.id("open-solution"))).hasSize(1);
        assertThat(moments().getLast().getText()).contains("已提交调查结果");

        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("timeline-heading"), "Timeline"));
        assertThat(console.text(By.id("promise-solution"))).contains("Department's solution");
        assertThat(moments().getLast().getText()).contains("Investigation result returned");
    }

    @Test
    void aUserOutOfScopeNeitherSeesNorActsOnTheCase() throws Exception {
        String id = fileComplaint();
        console.openAs("tangshan-agent", "/console/complaints/" + id);
        assertThat(console.text(By.id("case-missing"))).isEqualTo("未找到案件");
        assertThat(browser.getPageSource()).doesNotContain("Barrier stuck", UNIT);
        assertThat(status("GET", "/console/complaints/" + id, null)).isEqualTo(404);
        // a step sent anyway is refused as for an unknown case, and nothing happens
        assertThat(status("POST", "/console/complaints/" + id + "/steps/dismiss", "explanation=nope")).isEqualTo(404);
        assertThat(status("POST", "/console/complaints/" + id + "/disclosure", "purpose=curious")).isEqualTo(404);
        assertThat(status("GET", "/console/complaints/CMP-no-such-case", null)).isEqualTo(404);

        console.openAs("agent", "/console/complaints/" + id);
        assertThat(console.text(By.id("case-status"))).isEqualTo("已受理");
        assertThat(moments()).hasSize(1);
    }

    @Test
    void theClearContactIsShownOnlyThroughARecordedDisclosureWithItsPurpose() throws Exception {
        String id = fileComplaint();
        console.openAs("agent", "/console/complaints/" + id);
        assertThat(console.text(By.id("case-customer"))).doesNotContain(PHONE);
        assertThat(browser.getPageSource()).doesNotContain(PHONE);
        console.assertNoSeriousViolations("case");
        console.screenshot("case");

        type("disclosure-purpose", "回电告知处理进度");
        browser.findElement(By.id("disclose")).click();
        assertThat(console.text(By.id("disclosed"))).contains("查看用途：回电告知处理进度");
        assertThat(console.text(By.id("disclosed-phone"))).endsWith(PHONE);

        // recorded: the timeline tells who looked; a reload shows the contact no more
        console.get("/console/complaints/" + id);
        assertThat(browser.getPageSource()).doesNotContain(PHONE);
        assertThat(moments()).hasSize(2);
        assertThat(moments().get(1).getText()).contains("查看了客户完整联系方式", "操作人：agent");
        console.phoneSized();
        console.screenshot("case-phone");
        console.assertNoSeriousViolations("case on a phone");
    }

    private List<WebElement> moments() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-timeline")));
        return browser.findElements(By.cssSelector("#case-timeline > li"));
    }

    /** A department complains about another (002 第5篇 二.2): no customer; the case page names the department. */
    @Test
    void aDepartmentRaisesAComplaintAboutAnotherAndItsPageShowsTheComplainingDepartment() {
        console.openAs("head", "/console/intake?form=department-complaint");
        assertThat(console.text(By.id("department-complaint-heading"))).isEqualTo("部门投诉其他部门");
        assertThat(browser.findElements(By.id("department-complaint-customer-name"))).isEmpty();
        String clerk = TestOrganisation.staffOf(UNIT, "clerk-3");
        type("department-complaint-complainingDepartmentId", "dept-gate");
        type("department-complaint-raisedBy", clerk);
        type("department-complaint-content", "发票总是晚到门卫");
        type("department-complaint-target-subsidiaryId", UNIT);
        type("department-complaint-target-departmentId", "dept-gate");
        browser.findElement(By.id("department-complaint-submit")).click();

        // about itself: refused beside the accused department, nothing received
        assertThat(console.text(By.id("intake-problem"))).startsWith("未能受理");
        assertThat(browser.findElement(By.id("department-complaint-target-departmentId")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        type("department-complaint-target-departmentId", "dept-sales");
        browser.findElement(By.id("department-complaint-submit")).click();
        wait.until(ExpectedConditions.urlContains("/console/complaints/"));
        assertThat(console.text(By.id("case-complainant"))).contains("投诉部门", "dept-gate", clerk);
        assertThat(browser.findElements(By.id("case-customer"))).isEmpty();
        console.assertNoSeriousViolations("department complaint");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The status of a request sent from the page, with the session and the page's CSRF token. */
    private long status(String method, String path, String form) {
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name="_csrf"]');
                let body = arguments[2];
                if (body !== null && token) { body += '&_csrf=' + encodeURIComponent(token.value); }
                fetch(arguments[1], {method: arguments[0], body: body, redirect: 'manual',
                    headers: body === null ? {} : {'Content-Type': 'application/x-www-form-urlencoded'}})
                  .then(r => done(r.status), e => done(-1));""", method, path, form);
        return (Long) status;
    }

    /** A command over the JSON API as a test user. */
    private HttpResponse<String> api(String user, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(console.url(path)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** As the intake agent files it over the JSON API. */
    private String fileComplaint() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(console.url("/api/complaints")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("agent:agent".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"channel":"WECHAT","customer":{"name":"Li Wei","phone":"%s"},
                         "content":"Barrier stuck","demand":"Apology",
                         "target":{"subsidiaryId":"%s","departmentId":"dept-gate"},"urgency":"NORMAL"}"""
                        .formatted(PHONE, UNIT)))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return new ObjectMapper().readTree(answer.body()).path("complaintId").asText();
    }
}
