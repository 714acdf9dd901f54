package com.serviceledger.query.customer;

import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.platform.privacy.JdbcCustomerVault;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.SearchWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import com.serviceledger.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Finds a customer by their phone or e-mail, for the customer file: through the vault's keyed fingerprint
 * (HMAC-SHA256 of the normalised number or address), never a clear value in an index. A POST, so the phone or
 * e-mail stays out of URLs and access logs. Answers only for a customer with a case within the reader's scope;
 * any other answers as unknown (404), so nobody learns whether a number is a customer elsewhere.
 */
@RestController
class CustomerLookupController {

    /** Exactly one of the two. */
    record Lookup(@Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number") String phone,
                  @Email @Size(max = 254) String email) {
    }

    /** The customer and how many of their cases the reader may see. */
    record Found(String customerId, long cases) {
    }

    private final JdbcCustomerVault vault;
    private final CustomerFile files;
    private final QueryApiProperties api;

    CustomerLookupController(JdbcCustomerVault vault, CustomerFile files, QueryApiProperties api) {
        this.vault = vault;
        this.files = files;
        this.api = api;
    }

    @PostMapping("/api/customers/lookup")
    Mono<Found> lookup(@Valid @RequestBody Lookup body) {
        boolean byPhone = body.phone() != null && !body.phone().isBlank();
        boolean byEmail = body.email() != null && !body.email().isBlank();
        if (byPhone == byEmail) {
            return Mono.error(new InvalidInput(byPhone ? "email" : "phone", "name the customer by exactly one of "
                    + "phone or email"));
        }
        // the vault's SQL off the event loop
        return Mono.fromCallable(() -> byPhone ? vault.customerByPhone(body.phone()) : vault.customerByEmail(body.email()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .flatMap(customerId -> files.of(customerId, SearchWindow.page(new LinkedMultiValueMap<>(
                                Map.of("size", List.of("1"))), api))
                        .map(file -> new Found(customerId, file.cases().total())))
                .switchIfEmpty(Mono.error(() -> unknown(byPhone ? "phone" : "email")));
    }

    // never echo the phone or e-mail back: it is the personal data looked for
    private static ErrorResponseException unknown(String by) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(
                HttpStatus.NOT_FOUND, "not-found", "No such customer",
                "No customer with this " + by + " has a case within your scope"), null);
    }
}
