package com.serviceledger.command.privacy;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.common.DisclosedCustomer;
import com.serviceledger.kernel.complaint.DiscloseComplaintCustomer;
import com.serviceledger.kernel.servicerequest.DiscloseServiceRequestCustomer;
import com.serviceledger.platform.apidocs.NoIdempotencyKey;
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
 * Idempotency-Key handling, so the clear contact is never kept as a stored command outcome.
 */
@RestController
class CustomerDisclosureController {

    private static final String ERASED = "The customer's personal data was erased, gone for good: `customer-erased`";

    private final CommandDispatcher dispatcher;

    CustomerDisclosureController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @NoIdempotencyKey
    @ApiResponse(responseCode = "410", description = ERASED, content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/api/complaints/{complaintId}/customer-disclosures")
    Mono<ResponseEntity<DisclosedCustomer>> complaint(@PathVariable String complaintId,
            @Valid @RequestBody PrivacyRequests.Disclosure body, ServerWebExchange exchange) {
        return dispatcher.<DisclosedCustomer>send(new DiscloseComplaintCustomer(complaintId, body.purpose()), exchange)
                .map(CustomerDisclosureController::respond);
    }

    @NoIdempotencyKey
    @ApiResponse(responseCode = "410", description = ERASED, content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/api/service-requests/{requestId}/customer-disclosures")
    Mono<ResponseEntity<DisclosedCustomer>> serviceRequest(@PathVariable String requestId,
            @Valid @RequestBody PrivacyRequests.Disclosure body, ServerWebExchange exchange) {
        return dispatcher.<DisclosedCustomer>send(new DiscloseServiceRequestCustomer(requestId, body.purpose()),
                exchange).map(CustomerDisclosureController::respond);
    }

    private static ResponseEntity<DisclosedCustomer> respond(DisclosedCustomer customer) {
        // personal data: no cache on the way may keep it
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(customer);
    }
}
