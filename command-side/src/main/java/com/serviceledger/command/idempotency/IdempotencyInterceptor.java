package com.serviceledger.command.idempotency;

import com.serviceledger.kernel.common.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Runs inside the command's transaction: a key seen before short-circuits to the first outcome; a new
 * key is recorded together with the command's events, so a concurrent duplicate loses on the primary
 * key and its events roll back with it. Exactly one effect per key, whatever the timing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1) // around the directory check: a replay answers as the first time did
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Metadata key of the hash of the HTTP request the command came from. */
    public static final String REQUEST_HASH = "requestHash";

    private final IdempotencyStore store;

    public IdempotencyInterceptor(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(MetadataKeys.IDEMPOTENCY_KEY);
        if (key == null) {
            return chain.proceed();
        }
        String principal = String.valueOf(command.getMetaData().get(MetadataKeys.PRINCIPAL));
        if (store.find(principal, key.toString()).isPresent()) {
            throw new AlreadyProcessed(principal, key.toString());
        }
        Object result = chain.proceed();
        IdempotentOutcome outcome = new IdempotentOutcome(String.valueOf(command.getMetaData().get(REQUEST_HASH)),
                command.getCommandName(), result == null ? null : result.toString());
        try {
            store.remember(principal, key.toString(), outcome);
        } catch (DuplicateKeyException raced) {
            throw new AlreadyProcessed(principal, key.toString());
        }
        return result;
    }
}
