package com.serviceledger.query.live;

import com.serviceledger.query.view.ViewWriteListener;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The hub of view changes: every view store tells it which documents a batch wrote, and live queries
 * listen. Best effort: emitting never blocks the processor, and a listener without demand misses the
 * change (it drops) rather than holding the processor back.
 */
@Component
public class ViewChanges implements ViewWriteListener {

    private static final Logger log = LoggerFactory.getLogger(ViewChanges.class);

    private final Sinks.Many<ViewChange> sink = Sinks.many().multicast().directBestEffort();

    @Override
    public void written(String alias, Set<String> viewIds) {
        ViewChange change = new ViewChange(alias, Set.copyOf(viewIds));
        Sinks.EmitResult result;
        try {
            // processors of several views emit concurrently; a sink takes one emission at a time
            synchronized (sink) {
                result = sink.tryEmitNext(change);
            }
        } catch (RuntimeException e) {
            // a listener's failure is never the projection's: the batch is written
            log.warn("Change of {} not announced", alias, e);
            return;
        }
        if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
            log.debug("Change of {} not announced: {}", alias, result);
        }
    }

    /** Changes from now on (hot: nothing is replayed to a late listener). */
    public Flux<ViewChange> changes() {
        return sink.asFlux();
    }
}
