package com.serviceledger.platform.axon;

import com.serviceledger.kernel.common.MetadataKeys;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Copies who and why from a handled message onto every message it causes: the principal, their staff member and
 * the client travel unchanged, the correlation id stays that of the conversation, and the causation id becomes
 * the id of the message being handled.
 */
public class MessageOriginCorrelation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        var metaData = message.getMetaData();
        copy(metaData, data, MetadataKeys.PRINCIPAL);
        copy(metaData, data, MetadataKeys.CLIENT);
        // the recorder's staff member: with a field naming another actor, the event keeps both
        copy(metaData, data, MetadataKeys.STAFF_ID);
        data.put(MetadataKeys.CORRELATION_ID,
                metaData.getOrDefault(MetadataKeys.CORRELATION_ID, message.getIdentifier()));
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(Map<String, ?> from, Map<String, Object> to, String key) {
        Object value = from.get(key);
        if (value != null) {
            to.put(key, value);
        }
    }
}
