package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.StandaloneOnH2;
import com.serviceledger.standalone.TestOrganisation;
import com.serviceledger.standalone.fuzz.ValidBodies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's emergency-plan and incident pages in a real browser: a plan version without its procedure refused
 * beside the field, published, a drill planned, recorded and evaluated, a revision naming it; an incident declared
 * (a blank description refused beside it) with that revision activated, reported on time, support requested and
 * recorded, resolved and reviewed with the link to raise its improvement action; an open complaint raised to an
 * incident from its page; a case's document uploaded from its page (a web page refused beside the file field, a
 * text file listed on the timeline with its SHA-256), and an inspection's (no file refused, then its hash shown);
 * in Chinese by default and English on request; no serious accessibility violation.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIncidentsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;

    private final String sub = "sub-cinc-" + UUID.randomUUID().toString().substring(0, 6);
    private ConsoleBrowser console;
    private ChromeDriver browser;

    @BeforeAll
    void open() throws Exception {
        organisation.register(sub);
        console = ConsoleBrowser.open(port);
        browser = console.driver;
    }

    @AfterAll
    void close() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    @Order(1)
    void aPlanPublishedDrilledAndRevisedAfterItsDrill() {
        console.openAs("tester", "/console/emergency-plans");
        assertThat(console.text(By.tagName("h1"))).isEqualTo("应急预案");
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        console.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Emergency plans"));
        console.assertNoSeriousViolations("emergency-plans");

        fill("p-subsidiary", sub);
        new Select(browser.findElement(By.id("p-kind"))).selectByValue("SYSTEM_FAILURE");
        browser.findElement(By.id("p-open")).click();
        console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-none")));

        fill("publish-duties", "The IT head leads");
        fill("publish-resources", "Standby server in room 2");
        fill("publish-organisation", "Emergency team");
        browser.findElement(By.id("publish-submit")).click();
        console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish-procedure-error")));
        fill("publish-procedure", "Switch to the standby server");
        browser.findElement(By.id("publish-submit")).click();
        shows("plan-in-force", "Version 1 is in force.");
        console.assertNoSeriousViolations("emergency-plan");

        fill("drill-scheduledAt", "2099-03-01T09:00:00+08:00");
        fill("drill-scenario", "The billing server fails at noon");
        browser.findElement(By.id("drill-submit")).click();
        shows("drills", "Planned");
        // times in the subsidiary's zone (the policy's), named in the column: 09:00 in Shanghai, not 01:00 UTC
        assertThat(console.text(By.id("drills-table"))).contains("Scheduled (Asia/Shanghai)")
                .contains("2099-03-01 09:00");
        fill("record-participants", "12");
        fill("record-observations", "The switch took 20 minutes");
        browser.findElement(By.id("record-submit")).click();
        shows("drills", "Held, to evaluate");
        new Select(browser.findElement(By.id("evaluate-rating"))).selectByValue("PARTLY_EFFECTIVE");
        fill("evaluate-findings", "The standby needs a checklist");
        browser.findElement(By.id("evaluate-submit")).click();
        shows("drills", "Partly effective");

        String drill = new Select(browser.findElement(By.id("publish-afterDrillId"))).getOptions().get(1)
                .getAttribute("value");
        new Select(browser.findElement(By.id("publish-afterDrillId"))).selectByValue(drill);
        fill("publish-procedure", "Switch to the standby server with the checklist");
        fill("publish-duties", "The IT head leads");
        fill("publish-resources", "Standby server in room 2");
        fill("publish-organisation", "Emergency team");
        browser.findElement(By.id("publish-submit")).click();
        shows("plan-in-force", "Version 2 is in force.");
        assertThat(console.text(By.id("version-2"))).contains("Revised after drill " + drill);
        assertThat(console.text(By.id("drill-" + drill))).contains("plan revised in version 2");
    }

    @Test
    @Order(2)
    void anIncidentFromItsDeclarationToItsReview() {
        console.openAs("tester", "/console/incidents");
        assertThat(console.text(By.tagName("h1"))).isEqualTo("突发事件");
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        console.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Incidents"));
        console.assertNoSeriousViolations("incidents");

        fill("declare-subsidiary", sub);
        new Select(browser.findElement(By.id("declare-kind"))).selectByValue("SYSTEM_FAILURE");
        new Select(browser.findElement(By.id("declare-severity"))).selectByValue("CRITICAL");
        browser.findElement(By.id("declare-submit")).click();
        console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declare-description-error")));
        fill("declare-description", "Billing down");
        browser.findElement(By.id("declare-submit")).click();
        shows("incident-status", "Being handled");
        String id = console.text(By.tagName("h1"));
        // the plan's version in force is activated at the declaration
        assertThat(console.text(By.id("incident-plan"))).contains("version 2 activated");
        assertThat(console.text(By.id("deadline-report"))).contains("open");
        assertThat(console.text(By.id("main"))).contains("Due (Asia/Shanghai)");
        console.assertNoSeriousViolations("incident");

        fill("report-to", TestOrganisation.staffOf(sub, "head-1"));
        fill("report-summary", "Billing fails over to the standby");
        browser.findElement(By.id("report-submit")).click();
        shows("deadline-report", "met on time");
        fill("request-from", "Group IT");
        fill("request-need", "A database engineer");
        browser.findElement(By.id("request-submit")).click();
        shows("support-1", "awaited");
        fill("support-provided", "An engineer on site at 14:00");
        browser.findElement(By.id("support-submit")).click();
        shows("support-1", "An engineer on site");
        fill("resolve-resolution", "Failed over and repaired");
        browser.findElement(By.id("resolve-submit")).click();
        shows("incident-status", "Resolved, review due");
        assertThat(console.text(By.id("deadline-review"))).contains("open");
        fill("review-findings", "The failover took too long");
        fill("review-actions", "A failover checklist\nQuarterly failover drill");
        browser.findElement(By.id("review-submit")).click();
        shows("incident-status", "Reviewed");
        shows("deadline-review", "met on time");
        assertThat(browser.findElement(By.id("raise-improvement")).getAttribute("href"))
                .contains("cause.kind=INCIDENT_REVIEW").contains("cause.reference=" + id);

        // the list is a search: it sees the change once the index refreshed
        console.wait.until(d -> {
            console.get("/console/incidents?subsidiary=" + sub + "&status=REVIEWED");
            return !d.findElements(By.id("incident-" + id)).isEmpty();
        });
        assertThat(console.text(By.id("incident-" + id))).contains("System failure").contains("Critical")
                .contains("Asia/Shanghai");
    }

    @Test
    @Order(3)
    void anOpenComplaintRaisedToAnIncidentFromItsPage() throws Exception {
        String complaint = complaint();

        console.openAs("tester", "/console/complaints/" + complaint);
        console.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#raise-incident a"))).click();
        console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("raise-complaint-submit"))).click();
        console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("raise-complaint-severity-error")));
        new Select(browser.findElement(By.id("raise-complaint-severity"))).selectByValue("MAJOR");
        browser.findElement(By.id("raise-complaint-submit")).click();
        console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("incident-facts")));
        assertThat(console.text(By.id("incident-facts"))).contains(complaint);
    }

    @Test
    @Order(4)
    void aCasesDocumentUploadedFromItsPageAndAFileOfAnotherTypeRefusedBesideTheField() throws Exception {
        String complaint = complaint();
        Path page = Files.createTempFile("notes-", ".html");
        Files.writeString(page, "<html><body><script>alert(1)</script></body></html>");
        Path notes = Files.createTempFile("call-notes-", ".txt");
        byte[] content = "The customer called at 09:12 about the gate.".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, content);
        try {
            console.openAs("tester", "/console/complaints/" + complaint);
            browser.findElement(By.cssSelector(".languages button[value='en']")).click();
            console.wait.until(ExpectedConditions.textToBe(By.id("upload-heading"), "Add a document"));
            browser.findElement(By.id("attachment-file")).sendKeys(page.toAbsolutePath().toString());
            browser.findElement(By.id("upload")).click();
            console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attachment-file-error")));
            assertThat(console.text(By.id("attachment-file-error"))).contains("text/html");
            assertThat(console.text(By.id("case-problem"))).contains("Add the document");

            browser.findElement(By.id("attachment-file")).sendKeys(notes.toAbsolutePath().toString());
            browser.findElement(By.id("upload")).click();
            shows("case-done", "Add the document");
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            shows("case-timeline", sha256);
            console.assertNoSeriousViolations("case-upload");
        } finally {
            Files.deleteIfExists(page);
            Files.deleteIfExists(notes);
        }
    }

    @Test
    @Order(5)
    void anInspectionsDocumentUploadedFromItsPageShowsItsHash() throws Exception {
        QualitySeed seed = new QualitySeed(port, organisation);
        String inspection = seed.dustyStairs(sub, seed.site(sub)).path("inspectionId").asText();
        seed.awaitView("tester", "/api/inspections/" + inspection);
        Path photo = Files.createTempFile("stairs-", ".txt");
        byte[] content = "Photo note: the stairs were dusty at 07:40.".getBytes(StandardCharsets.UTF_8);
        Files.write(photo, content);
        try {
            console.openAs("tester", "/console/quality/inspections/" + inspection);
            browser.findElement(By.cssSelector(".languages button[value='en']")).click();
            console.wait.until(ExpectedConditions.textToBe(By.id("upload-title"), "Add a document"));
            browser.findElement(By.id("upload-submit")).click();
            console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attachment-file-error")));
            browser.findElement(By.id("attachment-file")).sendKeys(photo.toAbsolutePath().toString());
            browser.findElement(By.id("upload-submit")).click();
            shows("attached", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
            console.assertNoSeriousViolations("inspection-upload");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    /** A new open complaint of the test's subsidiary, through the API. */
    private String complaint() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(console.url("/api/complaints")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("tester:tester".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(ValidBodies.forUnit("/api/complaints", sub)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body()).path("complaintId").asText();
    }

    private void shows(String id, String text) {
        console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private void fill(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
