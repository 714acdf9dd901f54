package com.serviceledger.platform.correlation;

import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Moves the correlation id between the Reactor context and the MDC: with automatic context propagation
 * ({@code spring.reactor.context-propagation=auto}) Reactor sets it on whichever thread runs an operator of the
 * request and clears it afterwards.
 */
final class MdcCorrelationAccessor implements ThreadLocalAccessor<String> {

    @Override
    public Object key() {
        return CorrelationIds.MDC_KEY;
    }

    @Override
    public String getValue() {
        return MDC.get(CorrelationIds.MDC_KEY);
    }

    @Override
    public void setValue(String value) {
        MDC.put(CorrelationIds.MDC_KEY, value);
    }

    @Override
    public void setValue() {
        MDC.remove(CorrelationIds.MDC_KEY);
    }
}
