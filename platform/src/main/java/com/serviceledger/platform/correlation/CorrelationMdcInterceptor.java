package com.serviceledger.platform.correlation;

import com.serviceledger.kernel.common.MetadataKeys;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

/**
 * Message handlers log with the correlation id of the message they handle (the one of the request that caused
 * it), so a request's log lines, its command handling (aggregate loading and event sourcing included), its
 * timers' and its projections' lines can be found together. Restores what the thread had before: a command or
 * processor thread handles messages of many conversations in turn.
 */
public final class CorrelationMdcInterceptor implements MessageHandlerInterceptor<Message<?>> {

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(MetadataKeys.CORRELATION_ID);
        if (correlationId == null) {
            return chain.proceed();
        }
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        MDC.put(CorrelationIds.MDC_KEY, correlationId.toString());
        try {
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIds.MDC_KEY);
            } else {
                MDC.put(CorrelationIds.MDC_KEY, previous);
            }
        }
    }
}
