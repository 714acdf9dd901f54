package com.serviceledger.command.axonserver;

import com.serviceledger.command.idempotency.AlreadyProcessed;
import com.serviceledger.kernel.common.AlreadyExists;
import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.DomainRejection;
import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.OutOfScope;
import com.serviceledger.kernel.common.RuleViolation;
import java.util.Optional;

/**
 * A refusal as it crosses Axon Server: the exception itself does not travel (only its message does), so the
 * handling node names its kind and fields here and the dispatching node rebuilds the same exception, which the
 * API answers with the same problem as in one JVM.
 *
 * @param kind      the refusal's class, one of those below
 * @param field     the request field named by the refusal (validation, rule, existing identity), or null
 * @param message   the refusal's message
 * @param principal for an already processed Idempotency-Key: whose key
 * @param key       for an already processed Idempotency-Key: the key
 */
public record RejectionDetails(String kind, String field, String message, String principal, String key) {

    /** What an exception thrown by a command handler becomes on the wire, if it is a refusal. */
    static Optional<RejectionDetails> of(Throwable failure) {
        return Optional.ofNullable(switch (failure) {
            case InvalidInput i -> new RejectionDetails("InvalidInput", i.field(), i.getMessage(), null, null);
            case RuleViolation r -> new RejectionDetails("RuleViolation", r.field(), r.getMessage(), null, null);
            case AlreadyExists a -> new RejectionDetails("AlreadyExists", a.field(), a.getMessage(), null, null);
            case OutOfOrder o -> new RejectionDetails("OutOfOrder", null, o.getMessage(), null, null);
            case ContactErased e -> new RejectionDetails("ContactErased", null, e.getMessage(), null, null);
            case OutOfScope s -> new RejectionDetails("OutOfScope", s.field(), s.getMessage(), null, null);
            case AlreadyProcessed p -> new RejectionDetails("AlreadyProcessed", null, p.getMessage(), p.principal(),
                    p.key());
            default -> null;
        });
    }

    /** The refusal again, as the handling node threw it; empty for a kind this node does not know. */
    Optional<RuntimeException> rebuilt() {
        return Optional.ofNullable(switch (kind) {
            case "InvalidInput" -> new InvalidInput(field, message);
            case "RuleViolation" -> new RuleViolation(field, message);
            case "AlreadyExists" -> new AlreadyExists(field, message);
            case "OutOfOrder" -> new OutOfOrder(message);
            case "ContactErased" -> new ContactErased(message);
            case "OutOfScope" -> new OutOfScope(field, message);
            case "AlreadyProcessed" -> new AlreadyProcessed(principal, key);
            case null, default -> null;
        });
    }

    /** Whether a refusal of this class travels as details (a {@link DomainRejection} kind or a replay). */
    static boolean travels(Throwable failure) {
        return of(failure).isPresent();
    }
}
