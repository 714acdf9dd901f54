package com.serviceledger.command.privacy;

import com.serviceledger.command.scope.GroupWide;
import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.command.web.CommandExecution;
import com.serviceledger.kernel.complaint.EraseComplaintCustomer;
import com.serviceledger.kernel.servicerequest.EraseServiceRequestCustomer;
import com.serviceledger.platform.blob.BlobStore;
import com.serviceledger.platform.privacy.CaseRef;
import com.serviceledger.platform.privacy.JdbcCustomerVault;
import com.serviceledger.platform.web.Problems;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Erases a customer: first every case that names them records {@code CustomerErased} and its attachments' files
 * leave the blob store (the events keep their hashes and metadata), then the vault drops the data key, the masks
 * and the fingerprints. In this order a crash midway is repaired by sending the
 * same request again: cases already marked do nothing, and the key stays until every case is marked.
 */
@Component
class CustomerErasures {

    private final JdbcCustomerVault vault;
    private final CommandDispatcher dispatcher;
    private final CommandExecution execution;
    private final BlobStore blobs;

    CustomerErasures(JdbcCustomerVault vault, CommandDispatcher dispatcher, CommandExecution execution,
                     BlobStore blobs) {
        this.vault = vault;
        this.blobs = blobs;
        this.dispatcher = dispatcher;
        this.execution = execution;
    }

    /** What was erased: the customer, the cases marked and when the key went. */
    record Receipt(String customerId, List<String> cases, Instant erasedAt) {
    }

    Mono<Receipt> erase(PrivacyRequests.Erasure request, ServerWebExchange exchange) {
        request.requireOneIdentifier();
        // a customer's cases may lie anywhere in the group: a narrower scope would erase some and fail on others
        return GroupWide.caller(exchange, identifiedBy(request))
                .flatMap(caller -> blocking(() -> customerOf(request)))
                .flatMap(found -> Mono.justOrEmpty(found).switchIfEmpty(Mono.error(() -> unknown(request))))
                .flatMap(customerId -> blocking(() -> vault.casesOf(customerId))
                        .flatMapMany(Flux::fromIterable)
                        .concatMap(ref -> dispatcher.<List<String>>send(command(ref, customerId, request.reason()),
                                        exchange)
                                .flatMap(hashes -> blocking(() -> deleteAll(hashes)))
                                .then(Mono.just(ref.caseId())))
                        .collectList()
                        .flatMap(cases -> CommandDispatcher.principal(exchange)
                                .flatMap(principal -> blocking(() -> vault.erase(customerId, principal)))
                                .map(erasedAt -> new Receipt(customerId, cases, erasedAt))));
    }

    private Optional<String> customerOf(PrivacyRequests.Erasure request) {
        if (request.customerId() != null && !request.customerId().isBlank()) {
            return vault.knows(request.customerId()) ? Optional.of(request.customerId()) : Optional.empty();
        }
        if (request.phone() != null && !request.phone().isBlank()) {
            return vault.customerByPhone(request.phone());
        }
        return vault.customerByEmail(request.email());
    }

    /** The case's files; a file another case also holds goes too: it came from this customer's case as well. */
    private boolean deleteAll(List<String> hashes) {
        hashes.forEach(blobs::delete);
        return true;
    }

    private static Object command(CaseRef ref, String customerId, String reason) {
        return switch (ref.caseType()) {
            case "Complaint" -> new EraseComplaintCustomer(ref.caseId(), customerId, reason);
            case "ServiceRequest" -> new EraseServiceRequestCustomer(ref.caseId(), customerId, reason);
            default -> throw new IllegalStateException("No erasure for cases of type " + ref.caseType());
        };
    }

    private static String identifiedBy(PrivacyRequests.Erasure request) {
        return request.customerId() != null && !request.customerId().isBlank() ? "customerId"
                : request.phone() != null && !request.phone().isBlank() ? "phone" : "email";
    }

    private static ErrorResponseException unknown(PrivacyRequests.Erasure request) {
        String by = identifiedBy(request);
        // never echo a phone or e-mail back: it is the personal data being erased
        return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "not-found",
                "No such customer", "No customer with this " + by + " is known (or it was erased already)"), null);
    }

    /** Vault SQL off the event loop, on the command pool (never interrupted: see CommandExecution). */
    private <T> Mono<T> blocking(Supplier<T> work) {
        return execution.run(() -> CompletableFuture.completedFuture(work.get()));
    }
}
