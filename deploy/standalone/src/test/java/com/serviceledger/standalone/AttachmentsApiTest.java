package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.platform.blob.BlobStore;
import com.serviceledger.platform.blob.BlobStoreProperties;
import com.serviceledger.platform.blob.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Case attachments over the real stack: the file checked and stored in the blob store, its hash in the case's
 * stream (so the chain covers it), served back within scope only and only as stored, gone with the customer.
 */
@StandaloneOnH2
class AttachmentsApiTest {

    static final Duration VIEW_TIMEOUT = Duration.ofSeconds(15);
    /** A PDF as its first bytes say (Tika reads the magic, not the name). */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    BlobStore blobs;
    @Autowired
    BlobStoreProperties blobProperties;
    @Autowired
    com.serviceledger.platform.web.WebLimitsProperties limits;
    WebTestClient http;

    @BeforeEach
    void client() {
        http = as("tester");
    }

    WebTestClient as(String user) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, user)).responseTimeout(Duration.ofSeconds(60))
                .build();
    }

    String receive(String phone) {
        String body = """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"%s"},
                 "content":"Gate closed","demand":"Apology",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-gate","postId":"gate"},"urgency":"NORMAL"}"""
                .formatted(phone);
        String id = http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
        await().atMost(VIEW_TIMEOUT).untilAsserted(() -> http.get().uri("/api/complaints/{id}", id).exchange()
                .expectStatus().isOk());
        return id;
    }

    static String phone() {
        return "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    static byte[] unique(byte[] content) {
        // the same bytes plus a comment line: every test has its own blob
        return (new String(content, StandardCharsets.ISO_8859_1) + "% " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    WebTestClient.ResponseSpec upload(WebTestClient client, String complaintId, String name, MediaType declared,
                                      byte[] content) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        var part = form.part("file", content).filename(name);
        if (declared != null) {
            part.contentType(declared);
        }
        return client.post().uri("/api/complaints/{id}/attachments", complaintId)
                .header("X-Requested-With", "test")
                .body(BodyInserters.fromMultipartData(form.build())).exchange();
    }

    String uploaded(String complaintId, byte[] content) {
        return upload(http, complaintId, "photo of the gate.pdf", MediaType.APPLICATION_PDF, content)
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("attachmentId").toString();
    }

    WebTestClient.ResponseSpec download(WebTestClient client, String complaintId, String attachmentId) {
        return client.get().uri("/api/complaints/{id}/attachments/{a}", complaintId, attachmentId).exchange();
    }

    @Test
    void anUploadedFileIsServedBackByteForByteAsADownloadNeverSniffed() {
        String id = receive(phone());
        byte[] content = unique(PDF);
        var created = upload(http, id, "gate.pdf", MediaType.APPLICATION_PDF, content).expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/complaints/" + id + "/attachments/.+")
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();
        assertThat(created).containsEntry("mediaType", "application/pdf").containsEntry("sha256", Sha256.of(content))
                .containsEntry("size", content.length);
        String attachmentId = created.get("attachmentId").toString();

        byte[] served = download(http, id, attachmentId).expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"" + attachmentId + "\\.pdf\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(content);
    }

    @Test
    void theSameFileAgainAnswersTheFirstAttachment() {
        String id = receive(phone());
        byte[] content = unique(PDF);
        String first = uploaded(id, content);
        upload(http, id, "again.pdf", null, content).expectStatus().isOk()
                .expectBody().jsonPath("$.attachmentId").isEqualTo(first);
    }

    @Test
    void aDeclaredTypeTheContentContradictsIsRefusedNamingTheFileAndNothingIsStored() {
        String id = receive(phone());
        byte[] content = unique(PDF);
        upload(http, id, "gate.png", MediaType.IMAGE_PNG, content).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("application/pdf"));
        assertThat(blobs.get(Sha256.of(content))).isEmpty();
    }

    @Test
    void aTypeThatIsNoDocumentImageOrRecordingIsRefused() {
        String id = receive(phone());
        upload(http, id, "run.sh", null, "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheFile() {
        String id = receive(phone());
        byte[] content = Arrays.copyOf(PDF, Math.toIntExact(limits.maxAttachmentBytes().toBytes()) + 1);
        upload(http, id, "huge.pdf", MediaType.APPLICATION_PDF, content).expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        assertThat(blobs.get(Sha256.of(content))).isEmpty();
    }

    @Test
    void aRequestFarOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] content = new byte[Math.toIntExact(limits.maxAttachmentBytes().toBytes() + DataSize.ofKilobytes(64).toBytes())];
        upload(http, "any-complaint", "huge.pdf", MediaType.APPLICATION_PDF, content).expectStatus().isEqualTo(413);
    }

    @Test
    void aMultipartUploadWithoutTheGuardHeaderIsRefusedAsACrossSiteForm() {
        String id = receive(phone());
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", unique(PDF)).filename("gate.pdf");
        http.post().uri("/api/complaints/{id}/attachments", id).body(BodyInserters.fromMultipartData(form.build()))
                .exchange().expectStatus().isEqualTo(415);
    }

    @Test
    void outsideTheirScopeNobodyUploadsOrDownloadsAndLearnsNothing() {
        String id = receive(phone());
        String attachmentId = uploaded(id, unique(PDF));
        WebTestClient otherSubsidiary = as("sub1-worker");
        download(otherSubsidiary, id, attachmentId).expectStatus().isNotFound();
        upload(otherSubsidiary, id, "mine.pdf", MediaType.APPLICATION_PDF, unique(PDF)).expectStatus().isNotFound();
        download(http, id, "no-such-attachment").expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAttachmentIsAStepOfTheTimelineAndTheCasesHashChainCoversIt() {
        String id = receive(phone());
        byte[] content = unique(PDF);
        String attachmentId = uploaded(id, content);
        List<Map<String, Object>> timeline = http.get().uri("/api/complaints/{id}/timeline", id).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();
        Map<String, Object> step = timeline.get(timeline.size() - 1);
        assertThat(step).containsEntry("type", "AttachmentAdded").containsEntry("principal", "tester");
        assertThat((Map<String, Object>) step.get("facts")).containsEntry("attachmentId", attachmentId)
                .containsEntry("sha256", Sha256.of(content)).containsEntry("mediaType", "application/pdf");
        http.get().uri("/api/audit/cases/{id}/verification", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.intact").isEqualTo(true).jsonPath("$.events").isEqualTo(timeline.size());
    }

    @Test
    void aFileChangedInTheBlobStoreIsRefusedNotServed() throws Exception {
        String id = receive(phone());
        byte[] content = unique(PDF);
        String attachmentId = uploaded(id, content);
        String hash = Sha256.of(content);
        Path file = blobProperties.directory().resolve(hash.substring(0, 2)).resolve(hash);
        Files.write(file, "%PDF-1.4 forged".getBytes(StandardCharsets.US_ASCII));
        download(http, id, attachmentId).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").value(type -> assertThat(type.toString()).endsWith("attachment-tampered"));
    }

    @Test
    void anArchivedComplaintTakesNoMoreFiles() {
        String id = receive(phone());
        http.post().uri("/api/complaints/{id}/dismiss", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"explanation\":\"The gate closes at ten by contract\"}").exchange().expectStatus().isOk();
        http.post().uri("/api/complaints/{id}/archive", id).contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk();
        upload(http, id, "late.pdf", MediaType.APPLICATION_PDF, unique(PDF)).expectStatus().isEqualTo(409);
    }

    @Test
    void erasingTheCustomerDeletesTheFilesAndTheDownloadAnswersGone() {
        String phone = phone();
        String id = receive(phone);
        byte[] content = unique(PDF);
        String attachmentId = uploaded(id, content);
        assertThat(blobs.get(Sha256.of(content))).isPresent();

        http.post().uri("/api/admin/customer-erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"phone\":\"" + phone + "\",\"reason\":\"the customer asked\"}").exchange()
                .expectStatus().isOk();

        assertThat(blobs.get(Sha256.of(content))).isEmpty();
        download(http, id, attachmentId).expectStatus().isEqualTo(410)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // the record stays: the hash and the metadata in the case's history
        http.get().uri("/api/complaints/{id}/timeline", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.type == 'AttachmentAdded')].facts.sha256").isEqualTo(Sha256.of(content));
    }
}
