package com.serviceledger.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.kernel.demo.DemoCatalog;
import com.serviceledger.kernel.policy.ComplaintTerms;
import java.util.Map;

/**
 * Registers a subsidiary of the demo organisation through the admin API, as an administrator sets up a fresh
 * deployment: the subsidiary, its departments and posts, its staff with their supervisors, and its first policy
 * version (the standalone demo does the same in-process). Without the staff directory the command side's scoring
 * relay scores no one, so a load on a bare command side would leave the scorecards empty.
 */
public final class DirectorySeed {

    private static final String ADMIN = "admin";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private DirectorySeed() {
    }

    /** @throws IllegalStateException when the command side refuses any of it (the unit exists already, say) */
    public static void register(CommandClient client, DemoCatalog.Unit unit) {
        String subsidiary = unit.subsidiaryId();
        post(client, "/api/organisation/subsidiaries", JSON.createObjectNode().put("subsidiaryId", subsidiary)
                .put("name", unit.name()).put("timeZone", unit.timeZone()));
        // the catalog's departments and posts are the request bodies field for field
        unit.departments().forEach(department -> post(client,
                "/api/organisation/subsidiaries/" + subsidiary + "/departments", JSON.valueToTree(department)));
        unit.posts().forEach(post -> post(client, "/api/organisation/subsidiaries/" + subsidiary + "/posts",
                JSON.valueToTree(post)));
        unit.staff().forEach(staff -> post(client, "/api/organisation/staff",
                JSON.<ObjectNode>valueToTree(staff).put("subsidiaryId", subsidiary)));
        ObjectNode policy = JSON.createObjectNode().put("timeZone", unit.timeZone())
                .put("satisfactionTargetPercent", 90);
        policy.putArray("holidays");
        policy.set("complaint", JSON.valueToTree(ComplaintTerms.defaults()));
        post(client, "/api/policies/" + subsidiary + "/versions", policy);
    }

    private static void post(CommandClient client, String path, Object body) {
        CommandClient.Answer answer;
        try {
            answer = client.post(path, ADMIN, JSON.writeValueAsString(body), Map.of());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
    }
}
