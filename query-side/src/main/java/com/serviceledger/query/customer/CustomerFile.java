package com.serviceledger.query.customer;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldSort;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.privacy.CustomerCards;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.servicerequest.ServiceRequestIndex;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.SearchWindow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The customer file (客戶檔案): one customer's cases of every kind that names a customer (complaints and service
 * requests), from every channel and unit, newest first, in one search over both views so the pages are stable.
 * Only the cases within the reader's scope, as every view search; their free text masked as the views mask it.
 * The customer is the vault's pseudonymous id, which every case of the same person shares (the vault finds them
 * again by the keyed fingerprint of their phone or e-mail at intake); no index holds clear personal data.
 */
@Component
public class CustomerFile {

    /** The fields of the two views that say what a case is; both views name the unit alike. */
    private static final List<String> FIELDS = List.of("complaintId", "requestId", "channel", "status", "category",
            "urgency", "subsidiaryId", "departmentId", "receivedAt", "customerErased", "content", "description");

    private final ElasticsearchAsyncClient client;
    private final ComplaintIndex complaints;
    private final ServiceRequestIndex serviceRequests;
    private final CustomerCards cards;

    CustomerFile(ElasticsearchAsyncClient client, ComplaintIndex complaints, ServiceRequestIndex serviceRequests,
                 CustomerCards cards) {
        this.client = client;
        this.complaints = complaints;
        this.serviceRequests = serviceRequests;
        this.cards = cards;
    }

    /** The file as the API answers it: the customer's masked card, and a page of their cases. */
    public record File(String customerId, Object customer, ViewPage<Map<String, Object>> cases) {
    }

    /** Empty when the reader's scope holds none of the customer's cases (or no such customer is known). */
    public Mono<File> of(String customerId, SearchWindow paging) {
        return ReadScope.current()
                .flatMap(scope -> Mono.fromFuture(() -> client.search(s -> s
                                .index(complaints.alias(), serviceRequests.alias())
                                .query(Query.of(q -> q.bool(b -> b
                                        .filter(f -> f.term(t -> t.field("customerId").value(customerId)))
                                        .filter(ReadScope.filter(scope, "subsidiaryId", "departmentId")))))
                                .source(src -> src.filter(f -> f.includes(FIELDS)))
                                .from(paging.page() * paging.size())
                                .size(paging.size())
                                .trackTotalHits(t -> t.enabled(true))
                                .sort(o -> o.field(f -> f.field("receivedAt").order(SortOrder.Desc)))
                                // ties by id, so the pages are stable; each view has only one of the two
                                .sort(o -> o.field(tieBreak("complaintId")))
                                .sort(o -> o.field(tieBreak("requestId"))),
                        Map.class)))
                .filter(response -> response.hits().total() != null && response.hits().total().value() > 0)
                .map(response -> new ViewPage<>(response.hits().total().value(), paging.page(), paging.size(),
                        response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull)
                                .map(CustomerFile::asCase).toList()))
                .flatMap(cards::documents)
                .flatMap(page -> cards.one(customerId, id -> id)
                        .map(card -> new File(customerId, card.customer(), page)));
    }

    private static FieldSort tieBreak(String field) {
        return FieldSort.of(f -> f.field(field).order(SortOrder.Asc).unmappedType(FieldType.Keyword));
    }

    /** A view's document as one entry of the file: its kind and id first. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asCase(Map<?, ?> source) {
        Map<String, Object> document = (Map<String, Object>) source;
        Map<String, Object> entry = new LinkedHashMap<>();
        boolean complaint = document.containsKey("complaintId");
        entry.put("caseType", complaint ? "COMPLAINT" : "SERVICE_REQUEST");
        entry.put("caseId", complaint ? document.get("complaintId") : document.get("requestId"));
        document.forEach((field, value) -> {
            if (!field.equals("complaintId") && !field.equals("requestId")) {
                entry.put(field, value);
            }
        });
        return entry;
    }
}
