package com.serviceledger.query.audit;

import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.query.audit.replay.NdjsonEvents;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * An audit slice as NDJSON: one stored event per {@code \n}-terminated UTF-8 line, in global order, with the
 * stored payload and metadata as JSON objects (not re-serialized events), so every line's {@code chainHash}
 * can be recomputed with {@link EventHash} from the line alone. The payload is exported as stored (the
 * customer's contact only as encrypted tokens), as the hash covers it. {@link NdjsonEvents} writes and reads
 * the line format.
 */
@Component
class AuditExport {

    private final StoredEvents stored;

    AuditExport(StoredEvents stored) {
        this.stored = stored;
    }

    Flux<DataBuffer> ndjson(AuditSlice slice) {
        return stored.slice(slice).map(event -> DefaultDataBufferFactory.sharedInstance.wrap(line(event)));
    }

    byte[] line(StoredEvent event) {
        return NdjsonEvents.line(event.exported());
    }
}
