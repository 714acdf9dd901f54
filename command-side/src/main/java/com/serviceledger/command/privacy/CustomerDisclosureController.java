package com.serviceledger.command.privacy;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.common.DisclosedCustomer;
import com.serviceledger.kernel.complaint.DiscloseComplaintCustomer;
import com.serviceledger.kernel.servicerequest.DiscloseServiceRequestCustomer;
import com.serviceledger.platform.apidocs.NoIdempotencyKey;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Recorded clear reads of a case's customer contact: the aggregate decrypts and appends
 * {@code CustomerContactDisclosed} (purpose in the event, reader in its metadata). Sent without
 * Idempotency-Key handling, so the clear contact is never kept as a stored command outcome (a retry is a new
 * disclosure, recorded and counted). Limited per user ({@link DisclosureLimit}): over the limit a 429
 * {@code too-many-disclosures} with {@code Retry-After}, before any command is sent.
 */
@RestController
class CustomerDisclosureController {

    private static final String ERASED = "The customer's personal data was erased, gone for good: `customer-erased`";

    private static final String TOO_MANY = "The caller disclosed the most clear contacts allowed within the window "
            + "(`serviceledger.privacy.disclosure-limit`), nothing disclosed or recorded: `too-many-disclosures`; "
            + "retry after the `Retry-After` seconds";

    private final CommandDispatcher dispatcher;
    private final DisclosureLimit limit;

    CustomerDisclosureController(CommandDispatcher dispatcher, DisclosureLimit limit) {
        this.dispatcher = dispatcher;
        this.limit = limit;
    }

    @NoIdempotencyKey
    @ApiResponse(responseCode = "410", description = ERASED, content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "429", description = TOO_MANY, content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")),
            headers = @Header(name = "Retry-After", description = "Seconds until the next disclosure is allowed",
                    schema = @Schema(type = "integer", minimum = "1")))
    @PostMapping("/api/complaints/{complaintId}/customer-disclosures")
    Mono<ResponseEntity<DisclosedCustomer>> complaint(@PathVariable String complaintId,
            @Valid @RequestBody PrivacyRequests.Disclosure body, ServerWebExchange exchange) {
        return limited(new DiscloseComplaintCustomer(complaintId, body.purpose()), exchange);
    }

    @NoIdempotencyKey
    @ApiResponse(responseCode = "410", description = ERASED, content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "429", description = TOO_MANY, content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")),
            headers = @Header(name = "Retry-After", description = "Seconds until the next disclosure is allowed",
                    schema = @Schema(type = "integer", minimum = "1")))
    @PostMapping("/api/service-requests/{requestId}/customer-disclosures")
    Mono<ResponseEntity<DisclosedCustomer>> serviceRequest(@PathVariable String requestId,
            @Valid @RequestBody PrivacyRequests.Disclosure body, ServerWebExchange exchange) {
        return limited(new DiscloseServiceRequestCustomer(requestId, body.purpose()), exchange);
    }

    /** Reserves a place in the caller's budget, sends, and gives the place back unless the contact came back. */
    private Mono<ResponseEntity<DisclosedCustomer>> limited(Object command, ServerWebExchange exchange) {
        return CommandDispatcher.principal(exchange).flatMap(user -> {
            DisclosureLimit.Slot slot = limit.reserve(user);
            // a request abandoned once sent keeps its place: the command runs on and records the disclosure
            return Mono.defer(() -> dispatcher.<DisclosedCustomer>send(command, exchange))
                    .switchIfEmpty(Mono.error(() -> new IllegalStateException("A disclosure returned no contact")))
                    .doOnError(failed -> limit.release(slot))
                    .map(CustomerDisclosureController::respond);
        });
    }

    private static ResponseEntity<DisclosedCustomer> respond(DisclosedCustomer customer) {
        // personal data: no cache on the way may keep it
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(customer);
    }
}
