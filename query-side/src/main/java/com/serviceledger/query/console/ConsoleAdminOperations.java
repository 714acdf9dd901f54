package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The views' machinery through the query side's admin API: the views and their indices, starting a rebuild and
 * following its progress (a bar htmx reloads every second until the rebuild ends), and each view processor's
 * dead letters with their retry. The processors with a dead-letter queue are the views (a view's name is its
 * processing group).
 */
@Component
class ConsoleAdminOperations {

    static final String VIEWS = ConsolePaths.ADMIN + "/views";
    static final String REBUILDS = ConsolePaths.ADMIN + "/rebuilds";
    static final String DEAD_LETTERS = ConsolePaths.ADMIN + "/dead-letters";

    /** A rebuild as its page shows it: the status, the share done as a whole percent, whether it still runs. */
    record Progress(Object status, int percent, boolean running, String state) {
    }

    /** A processor's dead letters, or why they cannot be read. */
    record Queue(String processor, long parked, Object letters, String problem) {
    }

    private final ConsoleAdmin admin;
    private final ConsoleApi api;

    ConsoleAdminOperations(ConsoleAdmin admin, ConsoleApi api) {
        this.admin = admin;
        this.api = api;
    }

    Mono<ServerResponse> views(ServerRequest request) {
        return views(request, null, HttpStatus.OK);
    }

    Mono<ServerResponse> rebuild(ServerRequest request) {
        String view = request.pathVariable("view");
        if (!ConsoleAdmin.id(view)) {
            return views(request, "—", HttpStatus.NOT_FOUND);
        }
        return request.formData().then(api.post(request, "/api/admin/views/" + view + "/rebuild", null, null))
                .flatMap(outcome -> {
                    if (outcome.successful()) {
                        return ConsoleAdmin.redirect(REBUILDS + "/" + outcome.json().path("id").asText(), Map.of());
                    }
                    String running = outcome.json().path("rebuild").asText("");
                    if (outcome.status() == 409 && running.startsWith("/api/admin/rebuilds/")) {
                        return ConsoleAdmin.redirect(REBUILDS + "/" + running.substring("/api/admin/rebuilds/".length()),
                                Map.of("already", "true"));
                    }
                    return views(request, outcome.problem(), ConsoleAdmin.refused(outcome));
                });
    }

    private Mono<ServerResponse> views(ServerRequest request, String problem, HttpStatusCode status) {
        Map<String, Object> model = admin.model("views");
        model.put("problem", problem);
        return Mono.zip(api.get(request, "/api/admin/views"), api.get(request, "/api/admin/rebuilds"))
                .flatMap(both -> {
                    if (both.getT1().successful()) {
                        model.put("views", admin.tree(both.getT1().json()));
                    } else {
                        model.put("readProblem", both.getT1().problem());
                    }
                    if (both.getT2().successful()) {
                        List<Object> rebuilds = new ArrayList<>();
                        both.getT2().json().forEach(rebuild -> rebuilds.add(progress(rebuild)));
                        model.put("rebuilds", rebuilds.reversed()); // the newest first
                    }
                    return admin.render(request, status, "console/admin-views", model);
                });
    }

    Mono<ServerResponse> progressPage(ServerRequest request) {
        return progress(request, "console/admin-rebuild");
    }

    /** The progress alone, for htmx to swap in every second while the rebuild runs. */
    Mono<ServerResponse> progressPart(ServerRequest request) {
        return progress(request, "console/admin-rebuild :: progress");
    }

    private Mono<ServerResponse> progress(ServerRequest request, String template) {
        String id = request.pathVariable("id");
        Map<String, Object> model = admin.model("views");
        model.put("id", id);
        model.put("already", request.queryParam("already").isPresent());
        if (!ConsoleAdmin.id(id)) {
            model.put("problem", "—");
            return admin.render(request, HttpStatus.NOT_FOUND, template, model);
        }
        return api.get(request, "/api/admin/rebuilds/" + id).flatMap(outcome -> {
            if (!outcome.successful()) {
                model.put("problem", outcome.problem());
                return admin.render(request, ConsoleAdmin.refused(outcome), template, model);
            }
            model.put("rebuild", progress(outcome.json()));
            return admin.render(request, HttpStatus.OK, template, model);
        });
    }

    private Progress progress(JsonNode status) {
        String state = status.path("state").asText();
        boolean running = state.equals("REPLAYING") || state.equals("CATCHING_UP");
        int percent = state.equals("COMPLETED") ? 100
                : (int) Math.max(0, Math.min(running ? 99 : 100, Math.floor(status.path("percent").asDouble())));
        return new Progress(admin.tree(status), percent, running, state);
    }

    Mono<ServerResponse> deadLetters(ServerRequest request) {
        Map<String, Object> model = admin.model("deadLetters");
        ConsoleAdmin.param(request, "retried").filter(ConsoleAdmin::id).ifPresent(p -> {
            model.put("retried", p);
            model.put("cleared", number(request, "cleared"));
            model.put("still", number(request, "still"));
        });
        return api.get(request, "/api/admin/views").flatMap(views -> {
            if (!views.successful()) {
                model.put("readProblem", views.problem());
                return admin.render(request, ConsoleAdmin.refused(views), "console/admin-dead-letters", model);
            }
            List<String> processors = new ArrayList<>();
            views.json().forEach(view -> processors.add(view.path("view").asText()));
            return Flux.fromIterable(processors)
                    .concatMap(processor -> api.get(request, "/api/admin/dead-letters/" + processor)
                            .map(outcome -> outcome.successful()
                                    ? new Queue(processor, outcome.json().path("parked").asLong(),
                                    admin.tree(outcome.json().path("letters")), null)
                                    : new Queue(processor, 0, outcome.status() == 404 ? null : List.of(),
                                    outcome.status() == 404 ? null : outcome.problem())))
                    .filter(queue -> queue.problem() != null || queue.letters() != null)
                    .collectList()
                    .flatMap(queues -> {
                        model.put("queues", queues);
                        model.put("parked", queues.stream().mapToLong(Queue::parked).sum());
                        return admin.render(request, HttpStatus.OK, "console/admin-dead-letters", model);
                    });
        });
    }

    Mono<ServerResponse> retry(ServerRequest request) {
        String processor = request.pathVariable("processor");
        if (!ConsoleAdmin.id(processor)) {
            return ServerResponse.notFound().build();
        }
        return request.formData().then(api.post(request, "/api/admin/dead-letters/" + processor + "/retry",
                null, null)).flatMap(outcome -> {
                    Map<String, String> query = new LinkedHashMap<>();
                    query.put("retried", processor);
                    query.put("cleared", String.valueOf(outcome.json().path("retried").size()));
                    query.put("still", String.valueOf(outcome.json().path("stillParked").size()));
                    if (!outcome.successful()) {
                        query.put("cleared", "0");
                        query.put("still", "-1");
                    }
                    return ConsoleAdmin.redirect(DEAD_LETTERS, query);
                });
    }

    private static int number(ServerRequest request, String name) {
        try {
            return ConsoleAdmin.param(request, name).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
