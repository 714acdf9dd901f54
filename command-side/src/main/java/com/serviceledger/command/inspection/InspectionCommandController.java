package com.serviceledger.command.inspection;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.command.web.CommandOutcome;
import com.serviceledger.kernel.inspection.InspectionId;
import com.serviceledger.kernel.inspection.ItemResult;
import com.serviceledger.kernel.inspection.RecordInspection;
import com.serviceledger.platform.apidocs.SuccessStatus;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Recording an inspection over HTTP: the whole checklist in one request. */
@RestController
@RequestMapping("/api/inspections")
public class InspectionCommandController {

    private final CommandDispatcher dispatcher;

    public InspectionCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * Answers with the inspection id and the ids of the rectification cases its failed items open (the
     * cases appear moments later), so the inspectors can follow them up.
     */
    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> record(@Valid @RequestBody InspectionRequests.Record body,
                                                            ServerWebExchange exchange) {
        body.checkItems();
        var command = new RecordInspection(InspectionId.next(), body.kind(), body.unit().toUnit(), body.team(),
                body.checklist());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> created(outcome, body));
    }

    private static ResponseEntity<Map<String, Object>> created(CommandOutcome outcome,
                                                               InspectionRequests.Record body) {
        String inspectionId = outcome.result();
        List<String> rectificationIds = IntStream.range(0, body.items().size())
                .filter(i -> body.items().get(i).result() == ItemResult.FAIL)
                .mapToObj(i -> InspectionId.rectificationId(inspectionId, i + 1))
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("inspectionId", inspectionId);
        answer.put("rectificationIds", rectificationIds);
        return outcome.respond(HttpStatus.CREATED)
                .location(URI.create("/api/inspections/" + inspectionId))
                .body(answer);
    }
}
