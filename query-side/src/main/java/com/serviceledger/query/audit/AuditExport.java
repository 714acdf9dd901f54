package com.serviceledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.audit.EventHash;
import java.io.ByteArrayOutputStream;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * An audit slice as NDJSON: one stored event per {@code \n}-terminated UTF-8 line, in global order, with the
 * stored payload and metadata as JSON objects (not re-serialized events), so every line's {@code chainHash}
 * can be recomputed with {@link EventHash} from the line alone. The payload is exported as stored, personal
 * data included: the hash covers it.
 */
@Component
class AuditExport {

    private final StoredEvents stored;
    private final ObjectMapper json = new ObjectMapper();

    AuditExport(StoredEvents stored) {
        this.stored = stored;
    }

    Flux<DataBuffer> ndjson(AuditSlice slice) {
        return stored.slice(slice).map(event -> DefaultDataBufferFactory.sharedInstance.wrap(line(event)));
    }

    byte[] line(StoredEvent event) {
        ObjectNode line = json.createObjectNode();
        line.put("globalIndex", event.globalIndex());
        line.put("eventId", event.eventId());
        line.put("aggregateType", event.aggregateType());
        line.put("aggregateId", event.aggregateId());
        line.put("sequence", event.sequence());
        line.put("timestamp", event.timestamp());
        line.put("payloadType", event.payloadType());
        line.put("revision", event.revision());
        line.set("payload", EventHash.parse(event.payload()));
        line.set("metadata", EventHash.parse(event.metadata()));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 + event.payload().length);
            json.writeValue(out, line);
            out.write('\n');
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }
}
