package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer file and a case's attachments in a real browser: a case's page offers its file for download; from
 * it to the file of its customer, which lists their cases newest first, masked, each linking to its page; a reader
 * outside the scope finds nothing. Cases of their own subsidiary (sub-custfile), so no other test sees them.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleCustomerFileBrowserTest {

    private static final String UNIT = "sub-custfile";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;

    private ConsoleBrowser console;

    @BeforeAll
    void startBrowser() throws IOException {
        console = ConsoleBrowser.open(port);
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
    void fromACaseToItsCustomersFileWithEveryCaseWithinTheScope() throws Exception {
        String phone = "134" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
        String first = complaint(phone, "Barrier stuck");
        String second = complaint(phone, "Barrier stuck again");
        String customerId = await().atMost(Duration.ofSeconds(20)).until(() -> read("/api/complaints/" + first),
                view -> view != null && view.hasNonNull("customerId")).get("customerId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode file = read("/api/customers/" + customerId + "/cases");
            return file != null && file.path("cases").path("total").asInt() == 2;
        });

        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String boundary = "----console" + UUID.randomUUID();
        HttpResponse<String> uploaded = http(HttpRequest.newBuilder(URI.create(console.url(
                        "/api/complaints/" + first + "/attachments")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Requested-With", "test")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"statement.pdf\"\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8), pdf, ("\r\n--" + boundary + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8)))));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        console.openAs("agent", "/console/complaints/" + first);
        // the page reads again until its view has caught up with the timeline, attachment included
        String download = console.attribute(By.cssSelector("[id^='download-']"), "href");
        Object fetched = console.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                    + r.headers.get('Content-Type') + ' ' + b.byteLength)), e => done('failed ' + e));""", download);
        assertThat(fetched).isEqualTo("200 application/pdf " + pdf.length);
        console.driver.findElement(By.id("customer-file-link")).click();
        assertThat(console.text(By.id("customer-file-heading"))).isEqualTo("客户档案");
        assertThat(console.driver.findElements(By.cssSelector("#customer-cases tbody tr")).stream()
                .map(row -> row.getAttribute("id")).toList())
                .containsExactly("customer-case-" + second, "customer-case-" + first);
        assertThat(console.text(By.id("customer-card"))).doesNotContain(phone.substring(3, 7) + phone.substring(7));
        console.assertNoSeriousViolations("the customer file");
        console.driver.findElement(By.cssSelector("#customer-case-" + first + " a")).click();
        assertThat(console.driver.getCurrentUrl()).endsWith("/console/complaints/" + first);

        console.reset();
        console.openAs("sub1-worker", "/console/customers/" + customerId);
        assertThat(console.text(By.id("customer-file-missing"))).isNotBlank();
    }

    private String complaint(String phone, String content) throws Exception {
        HttpResponse<String> created = http(HttpRequest.newBuilder(URI.create(console.url("/api/complaints")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"channel":"HOTLINE","customer":{"name":"钱七","phone":"%s"},"content":"%s","demand":"Fix it",
                         "target":{"subsidiaryId":"%s","departmentId":"dept-gate","postId":"gate"},"urgency":"NORMAL"}"""
                        .formatted(phone, content, UNIT))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("complaintId").asText();
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> answer = http(HttpRequest.newBuilder(URI.create(console.url(path))).GET());
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("tester:tester".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
