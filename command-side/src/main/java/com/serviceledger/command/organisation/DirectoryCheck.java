package com.serviceledger.command.organisation;

import com.serviceledger.command.scope.ScopeCheck;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.time.Clock;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Checks the directory ids a command names before its handler runs, on the node that handles it (the command
 * side reads its own event store, also behind Axon Server), whoever sent it. Innermost: a replayed
 * Idempotency-Key answers its first outcome even when the directory has changed since. A unit outside the
 * sender's scope is refused first, so the answer tells nothing of that unit's directory.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DirectoryCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final DirectoryRules rules;
    private final Clock clock;

    DirectoryCheck(DirectoryRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        ScopeCheck.requireNamedUnitInScope(unitOfWork.getMessage());
        if (unitOfWork.getMessage().getPayload() instanceof NamesDirectory command) {
            rules.requireNamed(command, clock.instant());
        }
        return chain.proceed();
    }
}
