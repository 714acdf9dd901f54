package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The customer file (客戶檔案) in the console: the API's {@code GET /api/customers/{id}/cases} as the signed-in user
 * reads it, so the same scope and masks hold; each case links to its page. Linked from a case's customer.
 */
@Component
class ConsoleCustomerFile {

    static final String PATH = "/console/customers";
    private static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsoleApi api;
    private final ConsoleView view;

    ConsoleCustomerFile(ConsoleApi api, ConsoleView view) {
        this.api = api;
        this.view = view;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        String customerId = request.pathVariable("customerId");
        int page = request.queryParam("page").map(ConsoleCustomerFile::pageNumber).orElse(0);
        String path = UriComponentsBuilder.fromPath("/api/customers/{id}/cases").queryParam("page", page)
                .queryParam("size", PAGE_SIZE).buildAndExpand(customerId).encode().toUriString();
        return api.get(request, path).flatMap(found -> {
            Map<String, Object> model = new HashMap<>();
            model.put("active", "sla");
            model.put("sheets", List.of("cases.css"));
            model.put("customerId", customerId);
            model.put("found", found.successful());
            model.put("denied", found.status() == HttpStatus.FORBIDDEN.value());
            if (!found.successful()) {
                return ConsoleCases.withStatus(view.render(request, "console/customer", model),
                        HttpStatus.valueOf(found.status() == HttpStatus.FORBIDDEN.value() ? 403 : 404));
            }
            JsonNode file = found.json();
            model.put("customer", file.path("customer"));
            JsonNode cases = file.path("cases");
            List<Map<String, Object>> items = new ArrayList<>();
            cases.path("items").forEach(item -> items.add(entry(item)));
            model.put("cases", items);
            model.put("total", cases.path("total").asLong());
            model.put("page", page);
            model.put("previous", page > 0 ? page - 1 : null);
            model.put("next", (page + 1L) * PAGE_SIZE < cases.path("total").asLong() ? page + 1 : null);
            return view.render(request, "console/customer", model);
        });
    }

    private static Map<String, Object> entry(JsonNode item) {
        boolean complaint = "COMPLAINT".equals(item.path("caseType").asText());
        String kind = complaint ? "complaint" : "service-request";
        String id = item.path("caseId").asText();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", kind);
        entry.put("id", id);
        entry.put("href", UriComponentsBuilder.fromPath(complaint ? ConsolePaths.COMPLAINTS : ConsolePaths.SERVICE_REQUESTS)
                .path("/{id}").buildAndExpand(id).encode().toUriString());
        entry.put("status", item.path("status").asText(""));
        entry.put("channel", item.path("channel").asText(""));
        entry.put("unit", item.path("subsidiaryId").asText("") + (item.hasNonNull("departmentId")
                ? " / " + item.path("departmentId").asText() : ""));
        entry.put("received", received(item.path("receivedAt").asText(null)));
        entry.put("text", item.path(complaint ? "content" : "description").asText(""));
        return entry;
    }

    private static String received(String at) {
        try {
            return at == null ? "—" : WHEN.format(Instant.parse(at).atZone(ZoneId.of("UTC"))) + " UTC";
        } catch (DateTimeParseException e) {
            return at;
        }
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
