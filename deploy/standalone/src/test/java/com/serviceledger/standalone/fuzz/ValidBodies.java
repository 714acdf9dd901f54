package com.serviceledger.standalone.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A valid body per command endpoint, the starting point every mutation changes in one or a few places, so the
 * fuzz gets past the parser into the field validation and the domain. Known endpoints take a hand-written body
 * (the README's examples); a new one gets a body derived from its schema in the API description, so it is fuzzed
 * without editing this table.
 */
public final class ValidBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * By path template; ids are in a unit of its own ("sub-fuzz", registered by TestOrganisation with its staff), so
     * the fuzz moves no other test's figures. A staff member's transfer stays in the success scenario's subsidiary.
     */
    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("/api/complaints", """
                    {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234","email":"li@example.com"},
                     "content":"Barrier stuck","demand":"Apology",
                     "target":{"subsidiaryId":"sub-fuzz","departmentId":"dept-gate","postId":"gate"},"urgency":"NORMAL"}"""),
            Map.entry("/api/complaints/{complaintId}/dismiss", "{\"explanation\":\"The gate hours are posted\"}"),
            Map.entry("/api/complaints/{complaintId}/forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"sub-fuzz.head-1\"}"),
            Map.entry("/api/complaints/{complaintId}/contact", "{\"contactedBy\":\"sub-fuzz.head-1\",\"proposedSolution\":\"Open a second lane\"}"),
            Map.entry("/api/complaints/{complaintId}/on-site", "{\"handlerId\":\"sub-fuzz.handler-3\"}"),
            Map.entry("/api/complaints/{complaintId}/handler", "{\"handlerId\":\"sub-fuzz.handler-3\"}"),
            Map.entry("/api/complaints/{complaintId}/resolve", "{\"resolution\":\"Second lane open\"}"),
            Map.entry("/api/complaints/{complaintId}/reject-solution", "{\"reason\":\"still one lane\"}"),
            Map.entry("/api/complaints/{complaintId}/callback", "{\"satisfaction\":5,\"solutionAccepted\":true,\"comment\":\"fast\"}"),
            Map.entry("/api/complaints/{complaintId}/verify",
                    "{\"responsibleStaffId\":\"sub-fuzz.staff-9\",\"misconduct\":\"ATTITUDE\",\"findings\":\"rude\",\"grade\":\"TIER_1\"}"),
            Map.entry("/api/complaints/{complaintId}/customer-disclosures", "{\"purpose\":\"call back\"}"),
            Map.entry("/api/complaints/{complaintId}/investigation-result", "{\"findings\":\"The barrier motor failed\"}"),
            Map.entry("/api/complaints/{complaintId}/solution", "{\"solution\":\"Open a second lane\"}"),
            Map.entry("/api/complaints/{complaintId}/result-report", "{\"result\":\"Second lane open\"}"),
            Map.entry("/api/complaints/{complaintId}/outcome", "{\"finalResult\":\"Second lane open\",\"evaluation\":4}"),
            Map.entry("/api/customers/lookup", "{\"phone\":\"13812341234\"}"),
            Map.entry("/api/service-requests", """
                    {"channel":"ON_SITE","customer":{"name":"Zhao Min","phone":"13912345678"},
                     "category":"BUSINESS_ASSISTANCE","description":"Open an account",
                     "target":{"subsidiaryId":"sub-fuzz","departmentId":"dept-sales","postId":"billing"}}"""),
            Map.entry("/api/service-requests/{requestId}/request-materials", "{\"missingItems\":[\"licence copy\",\"id card\"]}"),
            Map.entry("/api/service-requests/{requestId}/assign", "{\"assigneeId\":\"sub-fuzz.agent-7\"}"),
            Map.entry("/api/service-requests/{requestId}/assess", "{\"nature\":\"account\",\"difficulty\":\"LOW\",\"resources\":\"one clerk\"}"),
            Map.entry("/api/service-requests/{requestId}/plan", "{\"goal\":\"Account open\",\"steps\":[\"check\",\"create\"],"
                    + "\"ownerId\":\"sub-fuzz.clerk-3\",\"dueAt\":\"2099-06-01T17:00:00+08:00\"}"),
            Map.entry("/api/service-requests/{requestId}/progress", "{\"note\":\"documents checked\"}"),
            Map.entry("/api/service-requests/{requestId}/delay", "{\"reason\":\"system outage\",\"newDueAt\":\"2099-06-02T17:00:00+08:00\"}"),
            Map.entry("/api/service-requests/{requestId}/deliver", "{\"summary\":\"Account 4711\"}"),
            Map.entry("/api/service-requests/{requestId}/reject", "{\"reasons\":[\"wrong account type\"]}"),
            Map.entry("/api/service-requests/{requestId}/satisfaction", "{\"score\":4,\"comment\":\"friendly\"}"),
            Map.entry("/api/service-requests/{requestId}/customer-disclosures", "{\"purpose\":\"hand over the account\"}"),
            Map.entry("/api/inspections", """
                    {"kind":"DAILY","unit":{"subsidiaryId":"sub-fuzz","siteId":"site-fuzz","contractorId":"clean-co"},
                     "inspectors":[{"inspectorId":"sub-fuzz.foreman-1","role":"FOREMAN"}],
                     "items":[{"standardCode":"floor-clean","result":"PASS"}]}"""),
            Map.entry("/api/rectifications/{rectificationId}/rectify", "{\"rectifiedBy\":\"sub-fuzz.handler-3\",\"note\":\"cleaned\"}"),
            Map.entry("/api/scorecards/close", "{\"month\":\"2026-01\",\"staffId\":\"sub-fuzz.staff-9\"}"),
            Map.entry("/api/scorecards/stars",
                    "{\"subsidiaryId\":\"sub-fuzz\",\"departmentId\":\"dept-gate\",\"month\":\"2026-01\",\"staffId\":\"sub-fuzz.staff-9\"}"),
            Map.entry("/api/ratings", """
                    {"source":"PHONE_FOLLOW_UP","channel":"HOTLINE","unit":{"subsidiaryId":"sub-fuzz","departmentId":"dept-gate"},
                     "score":4,"comment":"polite"}"""),
            Map.entry("/api/policies/{subsidiaryId}/versions", """
                    {"timeZone":"Asia/Shanghai","holidays":["2026-10-01"],"satisfactionTargetPercent":90,
                     "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                     "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80],
                     "investigationDays":1,"solutionDays":1,"replyDays":3,"replyDayKind":"CALENDAR"}}"""),
            Map.entry("/api/organisation/subsidiaries", "{\"subsidiaryId\":\"sub-fuzz\",\"name\":\"Fuzz Ltd\",\"timeZone\":\"Asia/Shanghai\"}"),
            Map.entry("/api/organisation/subsidiaries/{subsidiaryId}/departments",
                    "{\"departmentId\":\"dept-fuzz\",\"name\":\"Gate\",\"kind\":\"CUSTOMER_SERVICE\"}"),
            Map.entry("/api/organisation/subsidiaries/{subsidiaryId}/posts",
                    "{\"postId\":\"post-fuzz\",\"departmentId\":\"dept-fuzz\",\"name\":\"Gate post\"}"),
            Map.entry("/api/organisation/staff",
                    "{\"staffId\":\"staff-fuzz\",\"name\":\"Liu Yang\",\"subsidiaryId\":\"sub-fuzz\",\"departmentId\":\"dept-gate\"}"),
            Map.entry("/api/organisation/staff/{staffId}/transfer",
                    "{\"departmentId\":\"dept-ok2\",\"postId\":\"post-ok\",\"effectiveFrom\":\"2026-04-01T00:00:00Z\"}"),
            Map.entry("/api/organisation/staff/{staffId}/supervisor", "{\"supervisorId\":\"sub-fuzz.head-1\"}"),
            Map.entry("/api/organisation/staff/{staffId}/departure", "{\"effectiveFrom\":\"2026-04-01T00:00:00Z\"}"),
            Map.entry("/api/organisation/staff/{staffId}/contact", "{\"email\":\"liu.yang@example.com\",\"language\":\"en\"}"),
            Map.entry("/api/organisation/subsidiaries/{subsidiaryId}/positions",
                    "{\"position\":\"DEPARTMENT_HEAD\",\"staffId\":\"sub-fuzz.head-1\",\"departmentId\":\"dept-gate\"}"),
            Map.entry("/api/organisation/subsidiaries/{subsidiaryId}/positions/relief",
                    "{\"position\":\"DEPARTMENT_HEAD\",\"staffId\":\"sub-fuzz.head-1\",\"departmentId\":\"dept-gate\"}"),
            Map.entry("/api/organisation/subsidiaries/{subsidiaryId}/unit-contacts",
                    "{\"siteId\":\"site-fuzz\",\"contractorId\":\"clean-co\",\"kind\":\"CONTRACTOR\",\"name\":\"Chen Jie\","
                    + "\"email\":\"chen@clean.example\",\"language\":\"zh-CN\"}"),
            Map.entry("/api/admin/customer-erasures", "{\"phone\":\"13700000000\",\"reason\":\"the customer asked\"}"),
            // a closed port of this machine: the tests allow private addresses, and nothing is posted anywhere
            Map.entry("/api/admin/webhooks", "{\"url\":\"http://127.0.0.1:9/serviceledger\","
                    + "\"kinds\":[\"CASE_ASSIGNED\",\"COMPLAINT_SLA_BREACH\"],\"units\":[\"sub-fuzz\"],"
                    + "\"description\":\"Ops paging\",\"secret\":\"fuzz-secret-0123456789\"}"),
            Map.entry("/api/complaints/{complaintId}/close-unresolved",
                    "{\"decidedBy\":\"sub-fuzz.head-1\",\"reason\":\"the lane plan stands\"}"),
            Map.entry("/api/improvement-actions", """
                    {"subsidiaryId":"sub-fuzz","departmentId":"dept-gate",
                     "cause":{"kind":"UNIT_EVALUATION","reference":"2026-02"},
                     "measure":"Second check of every repair","ownerId":"sub-fuzz.handler-3",
                     "dueAt":"2099-06-01T17:00:00+08:00"}"""),
            Map.entry("/api/improvement-actions/{actionId}/progress", "{\"note\":\"half the teams trained\"}"),
            Map.entry("/api/improvement-actions/{actionId}/done", "{\"note\":\"all teams trained\"}"),
            Map.entry("/api/improvement-actions/{actionId}/effect-check",
                    "{\"effective\":true,\"note\":\"no repeat complaints\"}"),
            // emergency plans, drills and incidents
            Map.entry("/api/emergency-plans/{subsidiaryId}/{kind}/versions", """
                    {"procedure":"Switch to the standby system, then call the vendor","duties":"The IT head leads",
                     "resources":"Standby server in room 2","organisation":"Emergency team of five"}"""),
            Map.entry("/api/emergency-plans/{subsidiaryId}/{kind}/drills",
                    "{\"scheduledAt\":\"2099-06-01T09:00:00Z\",\"scenario\":\"Billing system down\"}"),
            Map.entry("/api/emergency-plans/{subsidiaryId}/{kind}/drills/{drillId}/record",
                    "{\"participants\":12,\"observations\":\"Failover took 20 minutes\"}"),
            Map.entry("/api/emergency-plans/{subsidiaryId}/{kind}/drills/{drillId}/evaluate",
                    "{\"rating\":\"PARTLY_EFFECTIVE\",\"findings\":\"The vendor number was outdated\"}"),
            Map.entry("/api/incidents", """
                    {"unit":{"subsidiaryId":"sub-fuzz","departmentId":"dept-gate"},"kind":"SYSTEM_FAILURE",
                     "severity":"MAJOR","description":"Billing system down"}"""),
            Map.entry("/api/incidents/{incidentId}/report",
                    "{\"reportedTo\":\"sub-fuzz.head-1\",\"summary\":\"Billing down since 09:00\"}"),
            Map.entry("/api/incidents/{incidentId}/support-requests",
                    "{\"requestedFrom\":\"IT department\",\"need\":\"Two engineers\"}"),
            Map.entry("/api/incidents/{incidentId}/support-requests/{requestNo}/support",
                    "{\"provided\":\"Two engineers on site\"}"),
            Map.entry("/api/incidents/{incidentId}/resolve", "{\"resolution\":\"Failed over to the standby\"}"),
            Map.entry("/api/incidents/{incidentId}/review",
                    "{\"findings\":\"No failover test in a year\",\"improvementActions\":[\"Test the failover monthly\"]}"),
            Map.entry("/api/complaints/{complaintId}/incident", "{\"severity\":\"MAJOR\"}"),
            // the gate (where the test staff work) complains about sales (002 第5篇 二.2)
            Map.entry("/api/department-complaints", """
                    {"channel":"EMAIL","complainingDepartmentId":"dept-gate","raisedBy":"sub-fuzz.clerk-3",
                     "content":"Invoices come late to the gate","demand":"Send them before loading",
                     "target":{"subsidiaryId":"sub-fuzz","departmentId":"dept-sales"},"urgency":"NORMAL"}"""));

    private ValidBodies() {
    }

    /**
     * The hand-written valid body of this endpoint for a unit of the test organisation (its ids and staff in place
     * of sub-fuzz's), or null when the table has none.
     */
    public static String forUnit(String template, String subsidiaryId) {
        String known = TABLE.get(template);
        return known == null ? null : known.replace("sub-fuzz", subsidiaryId);
    }

    /** The valid body of this endpoint: from the table, else from its schema. */
    static ObjectNode of(String template, JsonNode schema, JsonNode components) {
        try {
            String known = TABLE.get(template);
            if (known != null) {
                return (ObjectNode) JSON.readTree(known);
            }
        } catch (Exception e) {
            throw new IllegalStateException(template, e);
        }
        JsonNode example = example(schema, components, 0);
        return example instanceof ObjectNode object ? object : JSON.createObjectNode();
    }

    /** A value that satisfies the schema as far as types, enums, bounds and common formats go. */
    static JsonNode example(JsonNode schema, JsonNode components, int depth) {
        if (schema == null || depth > 6) {
            return BadValues.NODES.textNode("x");
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return example(components.path("schemas").get(name), components, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).deepCopy();
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "integer", "number" -> BadValues.NODES.numberNode(schema.path("minimum").asInt(1));
            case "boolean" -> BadValues.NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = BadValues.NODES.arrayNode();
                array.add(example(schema.get("items"), components, depth + 1));
                yield array;
            }
            case "string" -> BadValues.NODES.textNode(switch (format) {
                case "date-time" -> "2026-04-01T02:00:00Z";
                case "date" -> "2026-04-01";
                case "email" -> "fuzz@example.com";
                default -> schema.path("pattern").asText("").contains("\\d{4}-") ? "2026-01" : "fuzz-1";
            });
            default -> {
                ObjectNode object = BadValues.NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), example(property.getValue(), components, depth + 1));
                }
                yield object;
            }
        };
    }
}
