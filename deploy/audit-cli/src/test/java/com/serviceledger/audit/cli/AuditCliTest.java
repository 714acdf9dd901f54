package com.serviceledger.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintSlaBreached;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.satisfaction.RatedUnit;
import com.serviceledger.kernel.satisfaction.RatingRecorded;
import com.serviceledger.kernel.satisfaction.RatingSource;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestTarget;
import com.serviceledger.platform.axon.SerializerConfiguration;
import com.serviceledger.platform.upcasting.ComplaintReceivedRevision2;
import com.serviceledger.query.audit.replay.NdjsonEvents;
import com.serviceledger.query.audit.replay.ExportedEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in-process: a small October in Shanghai written as an export (and as a live H2 store), replayed
 * into the three metrics and the view states; bad command lines answer exit code 2 with a message.
 * <p>
 * October, local dates: CMP-1 [5th] contacted on time; CMP-2 [6th] dismissed; CMP-3 [1st 00:30, 30 Sep
 * UTC] contact breached [1st]. SRQ-1 [3rd], SRQ-2 [10th], SRQ-3 [1 Nov 00:30, 31 Oct UTC]. Ratings 5 and 3.
 * So: complaint rate 2 valid / 2 requests, 1 dismissed; contact on time 1 of 2; CSAT 1 of 2, average 4.
 */
class AuditCliTest {

    private static final String SUB = "SUB-CLI";
    private static final String ZONE = "Asia/Shanghai";
    private static final ObjectMapper AXON = SerializerConfiguration.axonObjectMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path export;
    private final List<ExportedEvent> events = new ArrayList<>();

    @BeforeEach
    void writeExport() throws IOException {
        story("Complaint", "CMP-1", complaint("CMP-1", "2026-10-05T02:00:00Z"),
                new CustomerContacted("CMP-1", "HEAD-1", "second scale", at("2026-10-05T02:10:00Z"), true, true));
        story("Complaint", "CMP-2", complaint("CMP-2", "2026-10-06T02:00:00Z"),
                new ComplaintDismissed("CMP-2", "served in order", at("2026-10-06T03:00:00Z")));
        story("Complaint", "CMP-3", complaint("CMP-3", "2026-09-30T16:30:00Z"),
                new ComplaintSlaBreached("CMP-3", SlaTarget.CONTACT, at("2026-09-30T17:00:00Z"),
                        at("2026-09-30T17:00:00Z"), SlaTarget.CONTACT.breachEscalation()));
        story("ServiceRequest", "SRQ-1", request("SRQ-1", "2026-10-03T02:00:00Z"));
        story("ServiceRequest", "SRQ-2", request("SRQ-2", "2026-10-10T02:00:00Z"));
        story("ServiceRequest", "SRQ-3", request("SRQ-3", "2026-10-31T16:30:00Z"));
        story("SatisfactionRating", "RAT-1", rating("RAT-1", 5, "2026-10-12T02:00:00Z"));
        story("SatisfactionRating", "RAT-2", rating("RAT-2", 3, "2026-10-13T02:00:00Z"));
        StringWriter lines = new StringWriter();
        events.forEach(event -> NdjsonEvents.write(event, lines));
        export = dir.resolve("october.ndjson");
        Files.writeString(export, lines.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void metricsPrintsTheThreeMetricsAsATable() {
        Result result = run("metrics", "--input", export.toString(), "--period", "month", "--from", "2026-10",
                "--to", "2026-11", "--group-by", "department");
        assertThat(result.code).as(result.err).isZero();
        assertThat(result.out).contains("replayed 11 events (11 applied to views)");
        assertThat(lines(result.out, "complaint-rate ")).singleElement().satisfies(row -> assertThat(row)
                .contains("2026-10", "DEP-WEIGHBRIDGE", " 2 ", " 2 ", "1.0000", "dismissed=1", "received=3"));
        assertThat(lines(result.out, "contact ")).singleElement()
                .satisfies(row -> assertThat(row).contains("2026-10", " 1 ", " 2 ", "0.5000"));
        assertThat(lines(result.out, "satisfaction-trend ")).singleElement()
                .satisfies(row -> assertThat(row).contains(" 1 ", " 2 ", "0.5000", "averageScore=4.0"));
    }

    @Test
    void metricsAsJsonAreTheApisAnswers() throws IOException {
        Result result = run("metrics", "--input", export.toString(), "--from", "2026-10", "--to", "2026-11",
                "--subsidiary", SUB, "--json");
        assertThat(result.code).as(result.err).isZero();
        JsonNode json = JSON.readTree(result.out);
        JsonNode rate = json.get("complaint-rate");
        assertThat(rate.get("from").asText()).isEqualTo("2026-10-01");
        assertThat(rate.get("filters").get("subsidiaryId").asText()).isEqualTo(SUB);
        JsonNode october = rate.at("/series/0/buckets/0");
        assertThat(october.get("period").asText()).isEqualTo("2026-10");
        assertThat(october.get("numerator").asLong()).isEqualTo(2);
        assertThat(october.get("denominator").asLong()).isEqualTo(2);
        assertThat(october.get("value").asDouble()).isEqualTo(1.0);
        assertThat(october.at("/details/dismissed").asLong()).isEqualTo(1);
        assertThat(october.at("/details/perThousand").asDouble()).isEqualTo(1000.0);

        JsonNode contact = bucket(json.get("on-time-completion"), "contact");
        assertThat(contact.get("numerator").asLong()).isEqualTo(1);
        assertThat(contact.get("denominator").asLong()).isEqualTo(2);
        JsonNode satisfaction = json.get("satisfaction-trend").at("/series/0/buckets/0");
        assertThat(satisfaction.get("value").asDouble()).isEqualTo(0.5);
        assertThat(satisfaction.at("/details/averageScore").asDouble()).isEqualTo(4.0);
        assertThat(json.get("satisfaction-trend").at("/details/targetCsat").asDouble()).isEqualTo(0.9);
    }

    @Test
    void theLiveStoreGivesTheSameFiguresAsItsExport() throws Exception {
        String url = "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            store(connection);
            String[] common = {"--from", "2026-10", "--to", "2026-11", "--group-by", "subsidiary", "--json"};
            Result fromStore = run(concat(new String[]{"metrics", "--jdbc-url", url, "--jdbc-user", "sa"}, common));
            Result fromExport = run(concat(new String[]{"metrics", "--input", export.toString()}, common));
            assertThat(fromStore.code).as(fromStore.err).isZero();
            assertThat(JSON.readTree(fromStore.out)).isEqualTo(JSON.readTree(fromExport.out));
            assertThat(fromStore.out).contains(SUB);
        }
    }

    @Test
    void statesPrintsTheFoldedDocumentOfACase() throws IOException {
        Result one = run("states", "--input", export.toString(), "--case", "CMP-2");
        assertThat(one.code).as(one.err).isZero();
        JsonNode line = JSON.readTree(one.out);
        assertThat(line.get("view").asText()).isEqualTo("complaint");
        assertThat(line.at("/document/dismissed").asBoolean()).isTrue();
        assertThat(line.at("/document/status").asText()).isEqualTo("DISMISSED");
        assertThat(line.at("/document/lastSequence").asLong()).isEqualTo(1);

        Result all = run("states", "--input", export.toString());
        assertThat(all.out.lines()).hasSize(8);

        Result unknown = run("states", "--input", export.toString(), "--case", "CMP-404");
        assertThat(unknown.code).isEqualTo(1);
        assertThat(unknown.err).contains("no case CMP-404");
    }

    @Test
    void statesFoldsAComplaintStoredAsRevision2FromAnExportAndItsChainVerifies() throws IOException {
        var stored = new ComplaintReceivedRevision2("CMP-REV2", SUB, "DEP-WEIGHBRIDGE", at("2026-10-07T02:00:00Z"),
                "cli-test");
        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        lines.add(stored.exportLine(lines.size() + 1));
        Files.write(export, lines);

        Result one = run("states", "--input", export.toString(), "--case", "CMP-REV2");
        assertThat(one.code).as(one.err).isZero();
        assertThat(one.err).doesNotContain("warning");
        expectFoldedRevision2(JSON.readTree(one.out));

        Result verified = run("verify", "--input", export.toString());
        assertThat(verified.code).as(verified.err).isZero();
        assertThat(verified.out).contains("9 cases, 12 events").contains("9 intact, 0 not intact");
    }

    @Test
    void statesFoldsAComplaintStoredAsRevision2InTheLiveStore() throws Exception {
        var stored = new ComplaintReceivedRevision2("CMP-REV2", SUB, "DEP-WEIGHBRIDGE", at("2026-10-07T02:00:00Z"),
                "cli-test");
        String url = "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            store(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO domainevententry VALUES (?, ?, ?, 0, 'Complaint', ?, ?, ?, ?, ?)")) {
                insert.setLong(1, events.size() + 1);
                insert.setString(2, stored.eventId());
                insert.setString(3, stored.complaintId());
                insert.setString(4, stored.timestamp());
                insert.setString(5, ComplaintReceivedRevision2.PAYLOAD_TYPE);
                insert.setString(6, ComplaintReceivedRevision2.REVISION);
                insert.setBytes(7, stored.payload());
                insert.setBytes(8, stored.metadata());
                insert.executeUpdate();
            }
            Result one = run("states", "--jdbc-url", url, "--jdbc-user", "sa", "--case", "CMP-REV2");
            assertThat(one.code).as(one.err).isZero();
            expectFoldedRevision2(JSON.readTree(one.out));
        }
    }

    /** The unit came from revision 2's {@code target}: without the upcaster the fold stops at the receipt. */
    private static void expectFoldedRevision2(JsonNode line) {
        assertThat(line.get("view").asText()).isEqualTo("complaint");
        assertThat(line.at("/document/subsidiaryId").asText()).isEqualTo(SUB);
        assertThat(line.at("/document/departmentId").asText()).isEqualTo("DEP-WEIGHBRIDGE");
        assertThat(line.at("/document/status").asText()).isEqualTo("RECEIVED");
        assertThat(line.at("/document/receivedDate").asText()).isEqualTo("2026-10-07");
    }

    @Test
    void verifyFindsEveryChainIntactAndThenTheLinkAnEditBroke() throws IOException {
        Result intact = run("verify", "--input", export.toString());
        assertThat(intact.code).as(intact.err).isZero();
        assertThat(intact.out).contains("8 cases, 11 events").contains("8 intact, 0 not intact");

        // someone rewrites CMP-1's contact in the export after the fact
        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        int contact = indexOf(lines, "second scale");
        lines.set(contact, lines.get(contact).replace("second scale", "first scale"));
        Files.write(export, lines);

        Result broken = run("verify", "--input", export.toString(), "--json");
        assertThat(broken.code).isEqualTo(VerifyCommand.NOT_INTACT);
        JsonNode report = JSON.readTree(broken.out);
        assertThat(report.get("intact").asInt()).isEqualTo(7);
        assertThat(report.get("broken")).hasSize(1);
        assertThat(report.get("broken").get(0).get("aggregateId").asText()).isEqualTo("CMP-1");
        assertThat(report.get("broken").get(0).get("sequence").asInt()).isEqualTo(1);
        assertThat(report.get("broken").get(0).get("reason").asText()).isEqualTo("hash-mismatch");
    }

    @Test
    void aCaseWithAnAttachmentFoldsToItsLastSequenceAndTheChainOverTheFilesHashVerifies() throws IOException {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        story("Complaint", "CMP-ATT", complaint("CMP-ATT", "2026-10-08T02:00:00Z"),
                new AttachmentAdded("CMP-ATT", "ATT-1", "statement.pdf", "application/pdf", 2048, hash, "HEAD-1",
                        at("2026-10-08T02:05:00Z")));
        StringWriter all = new StringWriter();
        events.forEach(event -> NdjsonEvents.write(event, all));
        Files.writeString(export, all.toString(), StandardCharsets.UTF_8);

        Result one = run("states", "--input", export.toString(), "--case", "CMP-ATT");
        assertThat(one.code).as(one.err).isZero();
        assertThat(JSON.readTree(one.out).at("/document/lastSequence").asLong()).isEqualTo(1);
        Result verified = run("verify", "--input", export.toString());
        assertThat(verified.code).as(verified.err).isZero();
        assertThat(verified.out).contains("9 cases, 13 events").contains("9 intact, 0 not intact");

        // the file's hash is part of the chain: another file named in its place breaks the link
        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        int attached = indexOf(lines, hash);
        lines.set(attached, lines.get(attached).replace(hash, hash.replace('9', '8')));
        Files.write(export, lines);
        Result broken = run("verify", "--input", export.toString(), "--json");
        assertThat(broken.code).isEqualTo(VerifyCommand.NOT_INTACT);
        assertThat(JSON.readTree(broken.out).get("broken").get(0).get("aggregateId").asText()).isEqualTo("CMP-ATT");
    }

    @Test
    void verifyReportsARemovedEventAsAMissingSequence() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        // CMP-1's first event (its receipt) is taken out; its contact is left without a predecessor
        lines.remove(indexOf(lines, "CMP-1"));
        Files.write(export, lines);

        Result result = run("verify", "--input", export.toString());

        assertThat(result.code).isEqualTo(VerifyCommand.NOT_INTACT);
        assertThat(result.out).contains("7 intact, 1 not intact")
                .contains("Complaint CMP-1: sequence 0: missing-sequence");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    @Test
    void badArgumentsAreAMessageAndExitCodeTwo() throws IOException {
        String in = export.toString();
        expectUsage(run(), "usage:");
        expectUsage(run("frobnicate"), "unknown command 'frobnicate'");
        expectUsage(run("metrics", "--from", "2026-10", "--to", "2026-11"), "--input");
        expectUsage(run("metrics", "--input", in, "--jdbc-url", "jdbc:h2:mem:x", "--from", "2026-10", "--to", "2026-11"),
                "either --input");
        expectUsage(run("metrics", "--input", dir.resolve("missing.ndjson").toString(), "--from", "2026-10",
                "--to", "2026-11"), "no readable file");
        expectUsage(run("metrics", "--input", in, "--from", "2026-13", "--to", "2026-11"), "--from");
        expectUsage(run("metrics", "--input", in, "--from", "2026-10"), "--to");
        expectUsage(run("metrics", "--input", in, "--from", "2026-11", "--to", "2026-10"), "--from");
        expectUsage(run("metrics", "--input", in, "--from", "2026-10", "--to", "2026-11", "--period", "fortnight"),
                "--period");
        expectUsage(run("metrics", "--input", in, "--from", "2026-10", "--to", "2026-11", "--group-by", "team"),
                "--group-by");
        // the API refuses it too: complaints carry no service category
        expectUsage(run("metrics", "--input", in, "--from", "2026-10", "--to", "2026-11", "--group-by", "category"),
                "--group-by cannot be used with complaint-rate");
        expectUsage(run("metrics", "--input", in, "--from", "2026-10", "--to", "2026-11", "--kind", "speed"), "--kind");
        expectUsage(run("metrics", "--input", in, "--from", "2026-10", "--to", "2026-11", "--channel", "FAX"),
                "--channel");
        expectUsage(run("metrics", "--input", in, "--from", "2026-10", "--to", "2026-11", "--bogus"), "--bogus");
        expectUsage(run("metrics", "--input", in, "--from"), "--from needs a value");
        expectUsage(run("states", "--input", in, "--case"), "--case needs a value");

        Path broken = dir.resolve("broken.ndjson");
        Files.writeString(broken, Files.readAllLines(export).getFirst() + "\n{not json\n");
        Result malformed = run("metrics", "--input", broken.toString(), "--from", "2026-10", "--to", "2026-11");
        assertThat(malformed.code).isEqualTo(1);
        assertThat(malformed.err).contains("line 2").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anEventThatCannotBeReadLeavesItsCaseAsTheLiveViewWouldAndIsReported() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        // CMP-2's dismissal with an unreadable time: the live view parks it, CMP-2 stays received (and valid)
        lines.set(3, lines.get(3).replace("\"dismissedAt\":\"2026-10-06T03:00:00Z\"", "\"dismissedAt\":\"yesterday\""));
        lines.add(lines.get(0).replace("com.serviceledger.kernel.complaint.ComplaintReceived",
                "com.serviceledger.kernel.complaint.ComplaintTeleported").replace("\"sequence\":0", "\"sequence\":2"));
        Path damaged = dir.resolve("damaged.ndjson");
        Files.write(damaged, lines);
        Result result = run("metrics", "--input", damaged.toString(), "--from", "2026-10", "--to", "2026-11", "--json",
                "--metric", "complaint-rate");
        assertThat(result.code).as(result.err).isZero();
        assertThat(result.err).contains("warning: event 4 (ComplaintDismissed of CMP-2, sequence 1) could not be applied")
                .contains("unknown event type com.serviceledger.kernel.complaint.ComplaintTeleported");
        JsonNode october = JSON.readTree(result.out).at("/complaint-rate/series/0/buckets/0");
        assertThat(october.get("numerator").asLong()).isEqualTo(3);
        assertThat(october.at("/details/dismissed").asLong()).isZero();
    }

    private static void expectUsage(Result result, String message) {
        assertThat(result.code).as(result.err).isEqualTo(2);
        assertThat(result.err).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out).isEmpty();
    }

    // ---------------------------------------------------------------- the history

    /** A case's events, hash-chained as the event store chains them. */
    private void story(String type, String id, Object... payloads) {
        String previous = EventHash.GENESIS;
        for (int seq = 0; seq < payloads.length; seq++) {
            Object payload = payloads[seq];
            Revision revision = payload.getClass().getAnnotation(Revision.class);
            ObjectNode metadata = JSON.createObjectNode().put("principal", "cli-test")
                    .put(EventHash.PREVIOUS_KEY, previous);
            ExportedEvent unchained = new ExportedEvent(events.size() + 1, UUID.randomUUID().toString(), type, id,
                    seq, timestampOf(payload).toString(), payload.getClass().getName(),
                    revision == null ? null : revision.value(), AXON.valueToTree(payload), metadata);
            previous = EventHash.of(unchained.link());
            metadata.put(EventHash.HASH_KEY, previous);
            events.add(unchained);
        }
    }

    /** The event's own time, as the store's timestamp column would hold it. */
    private static Instant timestampOf(Object payload) {
        return switch (payload) {
            case ComplaintReceived e -> e.receivedAt();
            case AttachmentAdded e -> e.addedAt();
            case CustomerContacted e -> e.contactedAt();
            case ComplaintDismissed e -> e.dismissedAt();
            case ComplaintSlaBreached e -> e.breachedAt();
            case ServiceRequestReceived e -> e.receivedAt();
            case RatingRecorded e -> e.ratedAt();
            default -> throw new IllegalArgumentException(payload.toString());
        };
    }

    private void store(Connection connection) throws SQLException {
        connection.createStatement().execute("""
                CREATE TABLE domainevententry (globalindex BIGINT PRIMARY KEY, eventidentifier VARCHAR(255) NOT NULL,
                  aggregateidentifier VARCHAR(255) NOT NULL, sequencenumber BIGINT NOT NULL, type VARCHAR(255),
                  timestamp VARCHAR(255) NOT NULL, payloadtype VARCHAR(255) NOT NULL, payloadrevision VARCHAR(255),
                  payload BLOB NOT NULL, metadata BLOB)""");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO domainevententry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            // in reverse: the reader must order by global index itself
            for (ExportedEvent event : events.reversed()) {
                insert.setLong(1, event.globalIndex());
                insert.setString(2, event.eventId());
                insert.setString(3, event.aggregateId());
                insert.setLong(4, event.sequence());
                insert.setString(5, event.aggregateType());
                insert.setString(6, event.timestamp());
                insert.setString(7, event.payloadType());
                insert.setString(8, event.revision());
                insert.setBytes(9, event.payload().toString().getBytes(StandardCharsets.UTF_8));
                insert.setBytes(10, event.metadata().toString().getBytes(StandardCharsets.UTF_8));
                insert.executeUpdate();
            }
        }
    }

    private static ComplaintReceived complaint(String id, String receivedAt) {
        Instant at = at(receivedAt);
        return new ComplaintReceived(id, Channel.HOTLINE, new ProtectedContact("CUS-1", "pii:v1:bmFtZQ==", "pii:v1:cGhvbmU=", null),
                "kept waiting", "serve in order", new ComplaintTarget(SUB, "DEP-WEIGHBRIDGE", "POST-SCALE", null),
                Urgency.NORMAL, at, ZONE, "complaint-policy-v1", new ComplaintDeadlines(at.plus(Duration.ofMinutes(30)),
                at.plus(Duration.ofHours(4)), null, at.plus(Duration.ofDays(2))));
    }

    private static ServiceRequestReceived request(String id, String receivedAt) {
        Instant at = at(receivedAt);
        return new ServiceRequestReceived(id, Channel.HOTLINE, new ProtectedContact("CUS-2", "pii:v1:bmFtZQ==", "pii:v1:cGhvbmU=", null),
                ServiceCategory.INFORMATION, "open an account",
                new ServiceRequestTarget(SUB, "DEP-WEIGHBRIDGE", "POST-SCALE"), at, ZONE, "sr-policy-v1",
                at.plus(Duration.ofMinutes(30)));
    }

    private static RatingRecorded rating(String id, int score, String ratedAt) {
        return new RatingRecorded(id, RatingSource.ONLINE_RATING, new RatedUnit(SUB, "DEP-WEIGHBRIDGE", "POST-SCALE",
                null), Channel.WECHAT, null, score, null, at(ratedAt), ZONE);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    // ---------------------------------------------------------------- running the CLI in-process

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AuditCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<String> lines(String out, String prefix) {
        return out.lines().filter(line -> line.startsWith(prefix)).toList();
    }

    private static JsonNode bucket(JsonNode report, String series) {
        for (JsonNode s : report.get("series")) {
            if (s.get("name").asText().equals(series)) {
                return s.at("/buckets/0");
            }
        }
        throw new AssertionError("no series " + series + " in " + report);
    }

}
