package com.serviceledger.query.complaint;

import static com.serviceledger.query.support.ComplaintEvents.*;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintSearchTest {

    private final ComplaintEventLog log;
    private final Api api;
    private final String subsidiary = newSubsidiary();
    private final String rudeClerk = newComplaintId();
    private final String blockedGate = newComplaintId();
    private final String billingQueue = newComplaintId();
    private final String wrongScale = newComplaintId();

    ComplaintSearchTest(ComplaintEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    @BeforeAll
    void fourComplaintsOfOneSubsidiary() {
        Instant blockedGateAt = Instant.parse("2026-03-05T02:00:00Z");
        log.appendAndAwait(
                ComplaintStory.of(rudeClerk, received(rudeClerk, subsidiary, Instant.parse("2026-03-01T02:00:00Z"))
                        .department("D-A").saying("The weighbridge clerk was rude", "An apology").event()),
                ComplaintStory.of(blockedGate, received(blockedGate, subsidiary, blockedGateAt)
                                .department("D-A").channel(Channel.ONLINE).urgent()
                                .saying("The gate guard blocked the truck", "Open the gate faster").event(),
                        forwarded(blockedGate, "D-B", blockedGateAt.plusSeconds(60)),
                        contacted(blockedGate, blockedGateAt.plusSeconds(600), true, true)),
                ComplaintStory.of(billingQueue, received(billingQueue, subsidiary, Instant.parse("2026-03-10T02:00:00Z"))
                                .department("D-A").channel(Channel.WECHAT).saying("開票室排隊時間太長", "增加開票窗口").event(),
                        dismissed(billingQueue, Instant.parse("2026-03-10T05:00:00Z"))),
                ComplaintStory.of(wrongScale, received(wrongScale, subsidiary, Instant.parse("2026-04-02T02:00:00Z"))
                        .department("D-A").saying("The weighbridge scale shows too little", "Recalibrate it").event()));
    }

    @Test
    void filters_narrow_the_search_and_the_newest_complaint_comes_first() {
        search("").jsonPath("$.total").isEqualTo(4)
                .jsonPath("$.items[*].complaintId").isEqualTo(ids(wrongScale, billingQueue, blockedGate, rudeClerk));
        search("&department=D-A&channel=HOTLINE").jsonPath("$.items[*].complaintId").isEqualTo(ids(wrongScale, rudeClerk));
        search("&department=D-B").jsonPath("$.items[*].complaintId").isEqualTo(ids(blockedGate));
        search("&status=dismissed").jsonPath("$.items[*].complaintId").isEqualTo(ids(billingQueue));
        search("&urgency=URGENT&status=CONTACTED").jsonPath("$.items[*].complaintId").isEqualTo(ids(blockedGate));
        search("&post=POST-SCALE-1&staff=STAFF-7").jsonPath("$.total").isEqualTo(4);
    }

    @Test
    void the_received_window_includes_from_and_a_plain_to_date_includes_that_whole_day() {
        search("&from=2026-03-05&to=2026-03-10").jsonPath("$.items[*].complaintId")
                .isEqualTo(ids(billingQueue, blockedGate));
        search("&from=2026-03-05T02:00:00Z&to=2026-03-10T02:00:00Z").jsonPath("$.items[*].complaintId")
                .isEqualTo(ids(blockedGate));
    }

    @Test
    void full_text_finds_every_word_in_what_the_customer_said_or_asked_for() {
        search("&q=weighbridge").jsonPath("$.items[*].complaintId").isEqualTo(ids(wrongScale, rudeClerk));
        search("&q=recalibrate").jsonPath("$.items[*].complaintId").isEqualTo(ids(wrongScale));
        search("&q=gate truck").jsonPath("$.items[*].complaintId").isEqualTo(ids(blockedGate));
        search("&q=開票室").jsonPath("$.items[*].complaintId").isEqualTo(ids(billingQueue));
        search("&q=weighbridge gate").jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void pages_split_the_results_and_keep_the_total() {
        search("&size=3&page=1").jsonPath("$.total").isEqualTo(4)
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.size").isEqualTo(3)
                .jsonPath("$.items[*].complaintId").isEqualTo(ids(rudeClerk));
    }

    @Test
    void an_unknown_status_is_a_bad_request_naming_the_parameter() {
        badRequest("status=LOST", "status");
        badRequest("channel=FAX", "channel");
        badRequest("urgency=SOMEDAY", "urgency");
    }

    @Test
    void a_page_size_outside_1_to_100_or_a_negative_page_is_a_bad_request() {
        badRequest("size=0", "size");
        badRequest("size=101", "size");
        badRequest("size=ten", "size");
        badRequest("page=-1", "page");
    }

    @Test
    void a_received_window_ending_before_it_starts_or_an_unreadable_date_is_a_bad_request() {
        badRequest("from=2026-03-10&to=2026-03-01", "from");
        badRequest("from=2026-03-10T00:00:00Z&to=2026-03-10T00:00:00Z", "from");
        badRequest("to=yesterday", "to");
    }

    private WebTestClient.BodyContentSpec search(String query) {
        return api.get("/api/complaints?subsidiary=" + subsidiary + query).expectStatus().isOk().expectBody();
    }

    private void badRequest(String query, String parameter) {
        api.get("/api/complaints?" + query).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:invalid-parameter")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    private static java.util.List<String> ids(String... ids) {
        return java.util.List.of(ids);
    }
}
