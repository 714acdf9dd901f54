package com.serviceledger.standalone;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls that succeed, one after the other as a user holding every role would make them: a small organisation,
 * a complaint and a service request through their lifecycles, an inspection, a rating, an erasure, a key rotation,
 * a view rebuild, a webhook subscription whose parked delivery is redelivered, and, as a staff member, reading a
 * notification of the inbox. Every answer is kept ({@link Observed}); a call that does not succeed is kept too, so
 * the test names it. Fresh ids per run: the context (and its event store) is shared with the other standalone tests.
 */
public final class SuccessScenario {

    /** What a call answered. */
    record Observed(String method, String path, int status, String body) {
        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + (succeeded() ? "" : " " + body);
        }
    }

    /** The demo staff member zhou-min (src/test/resources/config/application.properties). */
    private static final String INBOX_USER = "tangshan-agent";
    private static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<Observed> observed = new ArrayList<>();
    /** Sample ids of the access table ("CMP-x"...) and the real ones this run made, for the reads. */
    private final Map<String, String> realIds = new java.util.LinkedHashMap<>();

    public SuccessScenario(int port) {
        this.port = port;
    }

    public List<Observed> observed() {
        return observed;
    }

    /** The access table's sample path with the ids this run made put in (unknown samples stay as they are). */
    public String withRealIds(String path) {
        String result = path;
        for (var id : realIds.entrySet()) {
            result = result.replace("/" + id.getKey() + "/", "/" + id.getValue() + "/");
            if (result.endsWith("/" + id.getKey())) {
                result = result.substring(0, result.length() - id.getKey().length()) + id.getValue();
            }
        }
        return result;
    }

    public SuccessScenario run() {
        organisation();
        HttpServer receiver = goneReceiver();
        try {
            // before the complaint, whose forwarding it is told of
            String webhook = field(post("/api/admin/webhooks", ("{\"url\":\"http://127.0.0.1:%d/hook\","
                    + "\"kinds\":[\"CASE_ASSIGNED\"],\"units\":[\"sub-e2e\"],\"description\":\"success scenario\"}")
                    .formatted(receiver.getAddress().getPort())), "id");
            realIds.put("WH-x", webhook);
            runCases();
            webhooks(webhook);
        } finally {
            receiver.stop(0);
        }
        return this;
    }

    private void runCases() {
        String complaint = complaintThroughItsLifecycle();
        complaintClosedUnresolved();
        departmentComplaint();
        String serviceRequest = serviceRequestThroughItsLifecycle();
        post("/api/organisation/subsidiaries/sub-e2e/posts",
                "{\"postId\":\"site-ok-" + suffix + "\",\"departmentId\":\"dept-gate\",\"name\":\"Stairs\"}");
        String inspection = field(post("/api/inspections", """
                {"kind":"DAILY","unit":{"subsidiaryId":"sub-e2e","siteId":"site-ok-%s","contractorId":"clean-co"},
                 "inspectors":[{"inspectorId":"foreman-1","role":"FOREMAN"}],
                 "items":[{"standardCode":"floor-clean","result":"PASS"}]}""".formatted(suffix)), "inspectionId");
        String rating = field(post("/api/ratings", """
                {"source":"PHONE_FOLLOW_UP","unit":{"subsidiaryId":"sub-e2e","departmentId":"dept-gate"},
                 "score":4,"comment":"polite"}"""), "ratingId");
        realIds.put("CMP-x", complaint);
        realIds.put("SR-x", serviceRequest);
        realIds.put("INS-x", inspection);
        realIds.put("ATT-i", field(upload("/api/inspections/" + inspection + "/attachments"), "attachmentId"));
        realIds.put("RAT-x", rating);
        realIds.put("IMP-x", improvementActionThroughItsLifecycle(complaint));
        realIds.put("sub-x", "sub-ok-" + suffix);
        realIds.put("staff-x", "staff-ok-" + suffix);
        emergencies();
        administration();
        inbox();
    }

    /**
     * An incident declared while its unit has no plan for its kind; the plan published, drilled, evaluated and revised
     * after the drill; the incident's plan activated, reported, supported, resolved and reviewed; a major complaint
     * raised to an incident.
     */
    private void emergencies() {
        String sub = "sub-ok-" + suffix;
        String incident = field(post("/api/incidents", """
                {"unit":{"subsidiaryId":"%s","departmentId":"dept-ok"},"kind":"OTHER","severity":"MAJOR",
                 "description":"Power cut in the service hall"}""".formatted(sub)), "incidentId");
        String plan = "/api/emergency-plans/" + sub + "/OTHER";
        String content = """
                {"procedure":"Light the hall, move the queue to the annex","duties":"The duty manager leads",
                 "resources":"Lamps in the store room","organisation":"Hall team"%s}""";
        post(plan + "/versions", content.formatted(""));
        String drill = field(post(plan + "/drills",
                "{\"scheduledAt\":\"2099-06-01T09:00:00Z\",\"scenario\":\"Power cut at noon\"}"), "drillId");
        post(plan + "/drills/" + drill + "/record", "{\"participants\":9,\"observations\":\"Annex locked\"}");
        post(plan + "/drills/" + drill + "/evaluate",
                "{\"rating\":\"PARTLY_EFFECTIVE\",\"findings\":\"The annex key is missing\"}");
        post(plan + "/versions", content.formatted(",\"afterDrillId\":\"" + drill + "\""));
        post("/api/emergency-plans/" + sub + "/SYSTEM_FAILURE/versions", content.formatted(""));
        String path = "/api/incidents/" + incident;
        post(path + "/plan-activation", null);
        post(path + "/report", "{\"reportedTo\":\"head-ok-" + suffix + "\",\"summary\":\"Hall dark since 10:00\"}");
        post(path + "/support-requests", "{\"requestedFrom\":\"Facilities\",\"need\":\"An electrician\"}");
        post(path + "/support-requests/1/support", "{\"provided\":\"Electrician on site at 10:30\"}");
        post(path + "/resolve", "{\"resolution\":\"Power back at 11:00\"}");
        post(path + "/review", "{\"findings\":\"No lamps at the counters\",\"improvementActions\":[\"Lamps at each counter\"]}");
        String complaint = field(post("/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Sun Li","phone":"%s"},"content":"Flooded garage",
                 "demand":"Compensation","target":{"subsidiaryId":"sub-e2e","departmentId":"dept-gate","postId":"gate"},
                 "urgency":"URGENT"}""".formatted(uniquePhone())), "complaintId");
        post("/api/complaints/" + complaint + "/incident", "{\"severity\":\"CRITICAL\"}");
        realIds.put("INC-x", incident);
        realIds.put("DRL-x", drill);
    }

    /**
     * The webhook's first delivery (the complaint's forwarding) is answered 410 and parked; redelivered, then the
     * subscription is deactivated.
     */
    private void webhooks(String webhook) {
        String log = "/api/admin/webhooks/" + webhook + "/deliveries";
        Pattern parked = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"[^{}]*\"state\"\\s*:\\s*\"PARKED\"");
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String deliveryId = "missing-parked-delivery";
        while (System.nanoTime() < until) {
            Matcher delivery = parked.matcher(get(log));
            if (delivery.find()) {
                deliveryId = delivery.group(1);
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        realIds.put("DLV-x", deliveryId);
        call("GET", log, null);
        post("/api/admin/webhooks/" + webhook + "/deliveries/" + deliveryId + "/redeliver", null);
        call("DELETE", "/api/admin/webhooks/" + webhook, null);
    }

    /** A receiver on a free port of this machine that answers every delivery 410 Gone: parked at once. */
    private static HttpServer goneReceiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(410, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A read's body, not kept among the observed answers (a poll). */
    private String get(String path) {
        Observed answer = call("GET", path, null);
        observed.remove(observed.size() - 1);
        return answer.body();
    }

    /**
     * A service request of the demo subsidiary assigned to zhou-min tells her so in her inbox ({@code tangshan-agent}
     * is she; the notification processor plans the row): she marks it read, then everything.
     */
    private void inbox() {
        String request = field(post("/api/service-requests", """
                {"channel":"HOTLINE","customer":{"name":"Zhao Min","phone":"%s"},
                 "category":"BUSINESS_ASSISTANCE","description":"Open an account",
                 "target":{"subsidiaryId":"demo-tangshan","departmentId":"dept-sales","postId":"billing"}}"""
                .formatted(uniquePhone())), "serviceRequestId");
        post("/api/service-requests/" + request + "/assign", "{\"assigneeId\":\"zhou-min\"}");
        // unread first, newest first: a new notification is on the first page
        String notification = null;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (notification == null && System.nanoTime() < until) {
            Matcher item = Pattern.compile("\\{\"id\":\"([^\"]+)\"[^{}]*\"caseId\":\"" + Pattern.quote(request) + "\"")
                    .matcher(call("GET", "/api/notifications", null, INBOX_USER).body());
            if (item.find()) {
                notification = item.group(1);
            } else {
                pause();
            }
        }
        post("/api/notifications/" + (notification == null ? "missing-notification" : notification) + "/read", null,
                INBOX_USER);
        post("/api/notifications/read", null, INBOX_USER);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void organisation() {
        String sub = "sub-ok-" + suffix;
        String staff = "staff-ok-" + suffix;
        post("/api/organisation/subsidiaries",
                "{\"subsidiaryId\":\"" + sub + "\",\"name\":\"Success Ltd\",\"timeZone\":\"Asia/Shanghai\"}");
        for (String department : List.of("dept-ok", "dept-ok2")) {
            post("/api/organisation/subsidiaries/" + sub + "/departments",
                    "{\"departmentId\":\"" + department + "\",\"name\":\"Gate\",\"kind\":\"CUSTOMER_SERVICE\"}");
        }
        post("/api/organisation/subsidiaries/" + sub + "/posts",
                "{\"postId\":\"post-ok\",\"departmentId\":\"dept-ok2\",\"name\":\"Gate post\"}");
        post("/api/policies/" + sub + "/versions", """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80],
                 "investigationDays":1,"solutionDays":1,"replyDays":3,"replyDayKind":"CALENDAR"}}""");
        post("/api/organisation/staff", "{\"staffId\":\"" + staff + "\",\"name\":\"Liu Yang\",\"subsidiaryId\":\""
                + sub + "\",\"departmentId\":\"dept-ok\"}");
        post("/api/organisation/staff/" + staff + "/transfer", "{\"departmentId\":\"dept-ok2\",\"postId\":\"post-ok\"}");
        post("/api/organisation/staff", "{\"staffId\":\"head-ok-" + suffix + "\",\"name\":\"Zhao Lei\",\"subsidiaryId\":\""
                + sub + "\",\"departmentId\":\"dept-ok\"}");
        post("/api/organisation/staff/" + staff + "/supervisor", "{\"supervisorId\":\"head-ok-" + suffix + "\"}");
        post("/api/organisation/staff/" + staff + "/contact", "{\"email\":\"liu.yang@example.com\",\"language\":\"en\"}");
        String head = "{\"position\":\"DEPARTMENT_HEAD\",\"staffId\":\"head-ok-" + suffix + "\",\"departmentId\":\"dept-ok\"}";
        post("/api/organisation/subsidiaries/" + sub + "/positions", head);
        post("/api/organisation/subsidiaries/" + sub + "/positions/relief", head);
        post("/api/organisation/subsidiaries/" + sub + "/unit-contacts", "{\"siteId\":\"post-ok\",\"kind\":\"OWNERS_COMMITTEE\","
                + "\"name\":\"Owners of Block 3\",\"email\":\"owners@block3.example\"}");
        post("/api/organisation/staff/" + staff + "/departure", "{}");
    }

    private String complaintThroughItsLifecycle() {
        String phone = uniquePhone();
        String id = field(post("/api/complaints", """
                {"channel":"WECHAT","customer":{"name":"Li Wei","phone":"%s","email":"li@example.com"},
                 "content":"Barrier stuck","demand":"Apology",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-gate","postId":"gate"},"urgency":"URGENT"}"""
                .formatted(phone)), "complaintId");
        String path = "/api/complaints/" + id;
        post(path + "/forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"head-1\"}");
        post(path + "/investigation-result", "{\"findings\":\"The barrier motor failed\"}");
        post(path + "/solution", "{\"solution\":\"Open a second lane until the motor is replaced\"}");
        post(path + "/contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Open a second lane\"}");
        post(path + "/on-site", "{\"handlerId\":\"handler-3\"}");
        post(path + "/handler", "{\"handlerId\":\"handler-3\"}");
        post(path + "/resolve", "{\"resolution\":\"Second lane open\"}");
        post(path + "/reject-solution", "{\"reason\":\"still one lane\"}");
        post(path + "/resolve", "{\"resolution\":\"Two lanes open\"}");
        post(path + "/customer-disclosures", "{\"purpose\":\"call back\"}");
        post(path + "/callback", "{\"satisfaction\":5,\"solutionAccepted\":true,\"comment\":\"fast\"}");
        post(path + "/verify", "{\"responsibleStaffId\":\"staff-9\",\"misconduct\":\"ATTITUDE\",\"findings\":\"rude\"}");
        post(path + "/result-report", "{\"result\":\"Two lanes open, customer satisfied\"}");
        post(path + "/outcome", "{\"finalResult\":\"Two lanes open\",\"evaluation\":4}");
        realIds.put("ATT-c", field(upload(path + "/attachments"), "attachmentId"));
        post(path + "/archive", null);

        String dismissed = field(post("/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Qian Qi","phone":"%s"},
                 "content":"Gate closed at night","demand":"Apology",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-gate","postId":"gate"},"urgency":"NORMAL"}"""
                .formatted(phone)), "complaintId");
        post("/api/complaints/" + dismissed + "/dismiss", "{\"explanation\":\"The gate hours are posted\"}");
        // both cases of this customer, then nothing of them is left to disclose
        post("/api/admin/customer-erasures", "{\"phone\":\"" + phone + "\",\"reason\":\"the customer asked\"}");
        return id;
    }

    /** Two solutions rejected: escalated, closed unresolved as management decided, then verified and archived. */
    private void complaintClosedUnresolved() {
        String id = field(post("/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Sun Li","phone":"%s"},
                 "content":"Weighbridge queue","demand":"A second scale",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-gate","postId":"gate"},"urgency":"NORMAL"}"""
                .formatted(uniquePhone())), "complaintId");
        String path = "/api/complaints/" + id;
        post(path + "/forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"head-1\"}");
        post(path + "/contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Booking slots\"}");
        post(path + "/reject-solution", "{\"reason\":\"slots are full\"}");
        post(path + "/contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Longer hours\"}");
        post(path + "/reject-solution", "{\"reason\":\"still a queue\"}");
        post(path + "/close-unresolved", "{\"decidedBy\":\"head-1\",\"reason\":\"a second scale is not planned\"}");
        post(path + "/verify", "{\"misconduct\":\"NONE\",\"findings\":\"no fault\"}");
        post(path + "/archive", null);
    }

    /** The gate complains about sales (002 第5篇 二.2), raised for its clerk; no customer. */
    private void departmentComplaint() {
        post("/api/department-complaints", """
                {"channel":"EMAIL","complainingDepartmentId":"dept-gate","raisedBy":"clerk-3",
                 "content":"Invoices come late to the gate","demand":"Send them before loading",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-sales"},"urgency":"NORMAL"}""");
    }

    private String serviceRequestThroughItsLifecycle() {
        String phone = uniquePhone();
        String id = field(post("/api/service-requests", """
                {"channel":"ON_SITE","customer":{"name":"Zhao Min","phone":"%s"},
                 "category":"BUSINESS_ASSISTANCE","description":"Open an account",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-sales","postId":"billing"}}"""
                .formatted(phone)), "serviceRequestId");
        String path = "/api/service-requests/" + id;
        post(path + "/request-materials", "{\"missingItems\":[\"licence copy\"]}");
        post(path + "/materials-received", null);
        post(path + "/assign", "{\"assigneeId\":\"agent-7\"}");
        post(path + "/assess", "{\"nature\":\"account\",\"difficulty\":\"LOW\",\"resources\":\"one clerk\"}");
        post(path + "/plan", "{\"goal\":\"Account open\",\"steps\":[\"check\",\"create\"],"
                + "\"ownerId\":\"clerk-3\",\"dueAt\":\"2099-06-01T17:00:00+08:00\"}");
        post(path + "/progress", "{\"note\":\"documents checked\"}");
        post(path + "/delay", "{\"reason\":\"system outage\",\"newDueAt\":\"2099-06-02T17:00:00+08:00\"}");
        post(path + "/deliver", "{\"summary\":\"Account 4711\"}");
        post(path + "/reject", "{\"reasons\":[\"wrong account type\"]}");
        post(path + "/deliver", "{\"summary\":\"Account 4712\"}");
        post(path + "/customer-disclosures", "{\"purpose\":\"hand over the account\"}");
        post(path + "/accept", null);
        post(path + "/satisfaction", "{\"score\":4,\"comment\":\"friendly\"}");
        realIds.put("ATT-s", field(upload(path + "/attachments"), "attachmentId"));
        post(path + "/close", null);
        // the customer file of this customer, found by their phone once a search finds the request (the lookup
        // searches the views; a read by id sees the request before the index is refreshed for searches)
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!call("GET", path, null).succeeded() && System.nanoTime() < until) {
            pause();
        }
        String customerFile = "/api/customers/" + field(call("GET", path, null), "customerId") + "/cases";
        while (!call("GET", customerFile, null).succeeded() && System.nanoTime() < until) {
            pause();
        }
        realIds.put("CUS-x", field(post("/api/customers/lookup", "{\"phone\":\"" + phone + "\"}"), "customerId"));
        return id;
    }

    /** After the verified complaint: raised, progress, done, not effective (reopened), done again, effective. */
    private String improvementActionThroughItsLifecycle(String complaint) {
        String id = field(post("/api/improvement-actions", """
                {"subsidiaryId":"sub-e2e","departmentId":"dept-gate","cause":{"kind":"COMPLAINT","reference":"%s"},
                 "measure":"Second lane at rush hour","ownerId":"handler-3","dueAt":"2099-06-01T17:00:00+08:00"}"""
                .formatted(complaint)), "actionId");
        String path = "/api/improvement-actions/" + id;
        post(path + "/progress", "{\"note\":\"lane marked\"}");
        post(path + "/done", "{\"note\":\"lane open\"}");
        post(path + "/effect-check", "{\"effective\":false,\"note\":\"queues again\","
                + "\"newDueAt\":\"2099-07-01T17:00:00+08:00\"}");
        post(path + "/done", "{\"note\":\"third lane open\"}");
        post(path + "/effect-check", "{\"effective\":true,\"note\":\"no queue for a month\"}");
        return id;
    }

    private void administration() {
        // nothing under a retired key: the run changes nothing
        post("/api/admin/privacy/key-rotations", null);
        post("/api/admin/dead-letters/complaint-view/retry", null);
        String rebuild = field(post("/api/admin/views/rating-view/rebuild", null), "id");
        realIds.put("no-such-rebuild", rebuild);
        realIds.put("no-such-view", "rating-view");
        realIds.put("no-such-processor", "complaint-view");
    }

    private String uniquePhone() {
        return "137" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    private static String field(Observed answer, String name) {
        Matcher matcher = Pattern.compile(STRING_FIELD.pattern().formatted(name)).matcher(answer.body());
        return matcher.find() ? matcher.group(1) : "missing-" + name;
    }

    /** A case's attachment: a new small PDF as multipart. */
    private Observed upload(String path) {
        try {
            HttpResponse<String> response = http.send(RawApi.upload(port, path, "tester", "evidence.pdf",
                    RawApi.uniquePdf()).build(), HttpResponse.BodyHandlers.ofString());
            Observed answer = new Observed("POST", path, response.statusCode(), response.body());
            observed.add(answer);
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Observed post(String path, String body) {
        return call("POST", path, body);
    }

    private Observed post(String path, String body, String user) {
        return call("POST", path, body, user);
    }

    /** As the test user holding every role; the body is read unless it is an event stream. */
    Observed call(String method, String path, String body) {
        return call(method, path, body, "tester");
    }

    /** As a test user (password = name). */
    private Observed call(String method, String path, String body, String user) {
        HttpRequest.Builder request = RawApi.call(port, method, path, user, body);
        try {
            HttpResponse<java.io.InputStream> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (var stream = response.body()) {
                boolean eventStream = response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("text/event-stream");
                String text = eventStream ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                Observed answer = new Observed(method, path, response.statusCode(), text);
                observed.add(answer);
                return answer;
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
