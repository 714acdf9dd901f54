package com.serviceledger.command.privacy;

import com.serviceledger.platform.apidocs.NoIdempotencyKey;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The right to erasure (000 §7.1.2): crypto-shreds a customer's personal data in every case at once. */
@RestController
class CustomerErasureController {

    private final CustomerErasures erasures;

    CustomerErasureController(CustomerErasures erasures) {
        this.erasures = erasures;
    }

    @NoIdempotencyKey // repeating an erasure is safe as it is
    @PostMapping("/api/admin/customer-erasures")
    Mono<CustomerErasures.Receipt> erase(@Valid @RequestBody PrivacyRequests.Erasure body, ServerWebExchange exchange) {
        return Mono.defer(() -> erasures.erase(body, exchange));
    }
}
