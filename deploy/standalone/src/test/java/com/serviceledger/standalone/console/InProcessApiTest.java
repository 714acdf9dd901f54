package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.platform.security.ConfiguredUsers;
import com.serviceledger.platform.web.InProcessApi;
import com.serviceledger.standalone.StandaloneOnH2;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The API called from inside the application as a signed-in user (the console's commands): the same access rules,
 * scope, validation and problem details as a call over the network, and nothing without a user.
 */
@StandaloneOnH2
class InProcessApiTest {

    private static final String COMPLAINT = """
            {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},"content":"Lift stuck",
             "demand":"Repair","target":{"subsidiaryId":"%s"},"urgency":"NORMAL"}""";

    @Autowired
    InProcessApi api;
    @Autowired
    ConfiguredUsers users;
    @Autowired
    ObjectMapper json;

    @Test
    void anAgentInScopeRecordsAComplaintThatTheApiThenShows() throws Exception {
        var created = call("tangshan-agent", HttpMethod.POST, "/api/complaints", COMPLAINT.formatted("demo-tangshan"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("complaintId").asText();
        assertThat(id).isNotBlank();
        assertThat(created.headers().getLocation()).hasToString("/api/complaints/" + id);
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        var refused = call("tangshan-agent", HttpMethod.POST, "/api/complaints",
                COMPLAINT.formatted("demo-tangshan").replace("13812341234", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(refused.body()).path("errors").findValuesAsText("field")).contains("customer.phone");
    }

    @Test
    void theScopeAndTheRolesHoldAsOverTheNetwork() {
        var outside = call("tangshan-agent", HttpMethod.POST, "/api/complaints", COMPLAINT.formatted("sub-1"));
        assertThat(outside.status()).as(outside.body()).isEqualTo(403);
        var notItsRole = call("tangshan-agent", HttpMethod.GET, "/api/admin/webhooks", null);
        assertThat(notItsRole.status()).isEqualTo(403);
    }

    private InProcessApi.Answer call(String name, HttpMethod method, String path, String body) {
        return api.call(user(name), method, path, body, Map.of()).block();
    }

    private Authentication user(String name) {
        var details = users.findByUsername(name).block();
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}
