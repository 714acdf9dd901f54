package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.StandaloneOnH2;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A department's complaint (002 第5篇 二.2) in the console of the complaining department's staff: the SLA board lists
 * it among the complaints their department raised, its case page opens with the complaining department; a third
 * department's staff find neither; the dashboard's drill-down keeps it in the complained-about department's figures.
 * In Chinese and English; no serious accessibility violation.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleDepartmentComplaintBrowserTest {

    @LocalServerPort
    int port;

    private ConsoleBrowser console;

    @BeforeAll
    void open() throws Exception {
        console = ConsoleBrowser.open(port);
    }

    @AfterAll
    void close() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void theComplainingDepartmentFindsAndOpensItsComplaintAThirdDepartmentNeither() throws Exception {
        String id = raised();
        String board = "/console/sla?subsidiary=sub-1&department=dept-gate&raised=on";
        console.openAs("gate-worker", board);
        assertThat(console.text(By.cssSelector("#f-raised + span")))
                .isEqualTo("只看该部门提出的部门协调投诉");
        // the board reads the view, which follows the command shortly
        console.wait.until(driver -> {
            driver.get(console.url(board));
            return !driver.findElements(By.id("case-" + id)).isEmpty();
        });
        console.assertNoSeriousViolations("sla-raised");
        console.driver.findElement(By.cssSelector("#case-" + id + " a")).click();
        console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-complainant"), "dept-gate"));
        console.driver.findElement(By.cssSelector(".languages button[value='en']")).click();
        console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complainant-heading"),
                "Complaining department"));
        console.get(board);
        assertThat(console.text(By.cssSelector("#f-raised + span"))).isEqualTo("Only complaints the department raised");

        // the board without the filter stays the gate's own duties: the sales department owes this one's steps
        console.get("/console/sla?subsidiary=sub-1");
        console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sla-summary")));
        assertThat(console.driver.findElements(By.id("case-" + id))).isEmpty();

        // the dashboard's figures count it for the sales department: its drill-down lists it for sub-1's staff, never
        // for the gate's, whose buckets it is in none of
        String drill = "/console/dashboard/cases?metric=complaint-rate&period=month&start="
                + LocalDate.now(ZoneOffset.UTC);
        console.openAs("sub1-worker", drill);
        console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-" + id)));
        console.openAs("gate-worker", drill);
        console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bucket")));
        assertThat(console.driver.findElements(By.id("case-" + id))).isEmpty();

        console.openAs("replay-worker", board);
        console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sla-summary")));
        assertThat(console.driver.findElements(By.id("case-" + id))).isEmpty();
        console.get("/console/complaints/" + id);
        console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-missing")));
    }

    /** sub-1's gate complains about its sales department, through the API. */
    private String raised() throws Exception {
        String body = """
                {"channel":"EMAIL","complainingDepartmentId":"dept-gate","raisedBy":"sub-1.clerk-3",
                 "content":"Orders held back at loading","demand":"Load in order",
                 "target":{"subsidiaryId":"sub-1","departmentId":"dept-sales"},"urgency":"NORMAL"}""";
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(console.url("/api/department-complaints")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("sub1-worker:sub1-worker".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new ObjectMapper().readTree(created.body()).path("complaintId").asText();
    }
}
