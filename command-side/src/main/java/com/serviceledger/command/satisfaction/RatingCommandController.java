package com.serviceledger.command.satisfaction;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.satisfaction.RatedUnit;
import com.serviceledger.kernel.satisfaction.RatingSource;
import com.serviceledger.kernel.satisfaction.RecordRating;
import com.serviceledger.platform.apidocs.SuccessStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Satisfaction scores from phone follow-ups, online ratings and questionnaires. */
@RestController
class RatingCommandController {

    private static final String ID = "[A-Za-z0-9._:-]{1,64}";
    private static final String ID_MESSAGE = "must be 1–64 letters, digits or . _ : -";

    @Schema(name = "RatedUnit")
    record Unit(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String subsidiaryId,
                @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                @Pattern(regexp = ID, message = ID_MESSAGE) String postId,
                @Pattern(regexp = ID, message = ID_MESSAGE) String staffId) {
    }

    record Rating(@NotNull RatingSource source, @NotNull @Valid Unit unit, Channel channel,
                  @Pattern(regexp = "[A-Za-z0-9._:-]{1,80}", message = "must be a case id") String caseId,
                  @NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {
    }

    private final CommandDispatcher dispatcher;

    RatingCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/api/ratings")
    Mono<ResponseEntity<Map<String, Object>>> record(@Valid @RequestBody Rating body, ServerWebExchange exchange) {
        String ratingId = "RAT-" + UUID.randomUUID();
        var unit = body.unit();
        var command = new RecordRating(ratingId, body.source(),
                new RatedUnit(unit.subsidiaryId(), unit.departmentId(), unit.postId(), unit.staffId()),
                body.channel(), body.caseId(), body.score(), body.comment());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> {
            String id = outcome.result();
            return outcome.respond(HttpStatus.CREATED).location(URI.create("/api/ratings/" + id))
                    .body(Map.<String, Object>of("ratingId", id));
        });
    }
}
