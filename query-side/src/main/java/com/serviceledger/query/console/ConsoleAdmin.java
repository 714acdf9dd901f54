package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.platform.security.Roles;
import com.serviceledger.platform.security.StaffUser;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.RenderingResponse;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * What the admin pages share: only administrators get in (anyone else sees a page that says so, with 403), the
 * subsidiaries to choose from, ids checked before they become part of an API address, and times as people read
 * them. The overview page links the sections.
 */
@Component
class ConsoleAdmin {

    /** The directory's ids (subsidiaries, departments, staff), as the API's organisation requests allow them. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ConsoleView view;
    private final ObjectMapper json;

    ConsoleAdmin(ConsoleView view, ObjectMapper json) {
        this.view = view;
        this.json = json;
    }

    /** Lets administrators through; everyone else gets the not-allowed page (403), whatever they asked for. */
    HandlerFilterFunction<ServerResponse, ServerResponse> adminsOnly() {
        return (request, next) -> StaffUser.current()
                .map(user -> user.roles().contains(Roles.ADMIN))
                .defaultIfEmpty(false)
                .flatMap(admin -> admin ? next.handle(request)
                        : render(request, HttpStatus.FORBIDDEN, "console/admin-denied", model("overview")));
    }

    Mono<ServerResponse> overview(ServerRequest request) {
        return render(request, HttpStatus.OK, "console/admin", model("overview"));
    }

    /** The model every admin page starts from: the navigation's place, the style sheet, the time formatter. */
    Map<String, Object> model(String section) {
        Map<String, Object> model = new HashMap<>();
        model.put("active", "admin");
        model.put("section", section);
        model.put("sheets", List.of("admin.css"));
        model.put("fmt", new Times());
        return model;
    }

    Mono<ServerResponse> render(ServerRequest request, HttpStatusCode status, String template,
                                Map<String, Object> model) {
        Mono<ServerResponse> page = view.render(request, template, model);
        if (status.value() == 200) {
            return page;
        }
        return page.flatMap(response -> RenderingResponse.from((RenderingResponse) response).status(status).build());
    }

    /** The status to answer a refused form with: the API's own when it is a client error, else 400. */
    static HttpStatusCode refused(ConsoleApi.Outcome outcome) {
        return outcome.status() >= 400 && outcome.status() < 500 ? HttpStatusCode.valueOf(outcome.status())
                : HttpStatus.BAD_REQUEST;
    }

    static Mono<ServerResponse> redirect(String path, Map<String, String> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        query.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        return ServerResponse.seeOther(URI.create(uri.encode().build().toUriString())).build();
    }

    /** The subsidiaries the user's scope names (a group scope names none: they type the id). */
    static Mono<Map<String, Object>> units(Map<String, Object> model) {
        return StaffUser.current().map(user -> {
            model.put("subsidiaries", user.scope().subsidiaries().keySet().stream().sorted().toList());
            model.put("groupScope", user.scope().group());
            return model;
        }).defaultIfEmpty(model);
    }

    /** A query parameter, stripped; empty as absent. */
    static Optional<String> param(ServerRequest request, String name) {
        return request.queryParam(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Whether the text is an id the directory could hold, so it can be put into an API address as it is. */
    static boolean id(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** A JSON answer as maps and lists, for the templates. */
    Object tree(JsonNode node) {
        return node == null || node.isMissingNode() ? null : json.convertValue(node, Object.class);
    }

    ObjectMapper json() {
        return json;
    }

    /** Times as the admin pages show them: to the second, in the zone given or UTC, saying which. */
    static final class Times {

        public String when(Object instant) {
            return when(instant, null);
        }

        public String when(Object instant, String zone) {
            if (instant == null || instant.toString().isBlank()) {
                return "—";
            }
            try {
                ZoneId zoneId = zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
                return WHEN.format(Instant.parse(instant.toString()).atZone(zoneId)) + " "
                        + (zone == null ? "UTC" : zone);
            } catch (java.time.DateTimeException unreadable) {
                return instant.toString();
            }
        }
    }
}
