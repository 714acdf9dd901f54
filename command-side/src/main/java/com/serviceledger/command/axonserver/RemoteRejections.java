package com.serviceledger.command.axonserver;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Carries command refusals across Axon Server. A command routed through Axon Server comes back to the sender
 * as a {@link CommandExecutionException} holding only the handler's message, so a 409 out-of-order would
 * turn into a 500. On the handling node this interceptor (outermost, so it also sees the idempotency
 * replay) wraps each refusal with {@link RejectionDetails}, which Axon serializes into the response; the
 * sending node rebuilds the refusal with {@link #unwrap}. Concurrency conflicts need nothing: Axon Server
 * reports them with an error code the connector turns back into a {@code ConcurrencyException}.
 */
public final class RemoteRejections implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (RuntimeException failure) {
            throw RejectionDetails.of(failure)
                    .<RuntimeException>map(details -> new CommandExecutionException(failure.getMessage(), failure,
                            details))
                    .orElse(failure);
        }
    }

    /**
     * The refusal a command failure stands for: the local cause, or the one rebuilt from a remote node's
     * details; any other failure as it is.
     */
    public static Throwable unwrap(Throwable failure) {
        if (failure instanceof CommandExecutionException remote) {
            if (remote.getCause() != null && RejectionDetails.travels(remote.getCause())) {
                return remote.getCause();
            }
            return remote.getDetails()
                    .filter(RejectionDetails.class::isInstance)
                    .map(RejectionDetails.class::cast)
                    .flatMap(RejectionDetails::rebuilt)
                    .<Throwable>map(rebuilt -> rebuilt)
                    .orElse(failure);
        }
        return failure;
    }
}
