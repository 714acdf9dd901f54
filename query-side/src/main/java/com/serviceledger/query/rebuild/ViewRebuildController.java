package com.serviceledger.query.rebuild;

import com.serviceledger.platform.apidocs.SuccessStatus;
import com.serviceledger.platform.web.Problems;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.web.QueryProblems;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Views and their zero-downtime rebuilds over HTTP (the index and alias calls block: off the event loop). */
@RestController
@RequestMapping("/api/admin")
class ViewRebuildController {

    private final ViewRebuilds rebuilds;

    ViewRebuildController(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping("/views")
    Mono<List<ViewStatus>> views() {
        return blocking(() -> {
            List<ViewStatus> views = new ArrayList<>();
            for (RebuildableView view : rebuilds.views()) {
                views.add(rebuilds.viewStatus(view));
            }
            return views;
        });
    }

    /** 202 with the rebuild's status and its Location; 404 for an unknown view, 409 while one is running. */
    @SuccessStatus(HttpStatus.ACCEPTED)
    @PostMapping("/views/{view}/rebuild")
    Mono<ResponseEntity<RebuildStatus>> rebuild(@PathVariable String view) {
        return blocking(() -> {
            try {
                RebuildStatus status = rebuilds.start(view, "requested");
                return ResponseEntity.accepted().location(URI.create("/api/admin/rebuilds/" + status.id())).body(status);
            } catch (ViewRebuilds.UnknownView e) {
                throw QueryProblems.notFound("view", view);
            } catch (ViewRebuilds.AlreadyRebuilding e) {
                ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "rebuild-running", "Rebuild already running",
                        e.getMessage());
                problem.setProperty("rebuild", "/api/admin/rebuilds/" + e.rebuildId());
                throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
            }
        });
    }

    @GetMapping("/rebuilds")
    Mono<List<RebuildStatus>> all() {
        return blocking(rebuilds::statuses);
    }

    @GetMapping("/rebuilds/{id}")
    Mono<RebuildStatus> rebuildStatus(@PathVariable String id) {
        return blocking(() -> rebuilds.status(id).orElseThrow(() -> QueryProblems.notFound("rebuild", id)));
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
