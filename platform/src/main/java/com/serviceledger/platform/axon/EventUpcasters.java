package com.serviceledger.platform.axon;

import com.serviceledger.kernel.complaint.ComplaintReceivedUpcaster;
import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * The one list of event upcasters, oldest schema change first: every reader of stored events takes its chain from
 * here (the JDBC storage engine, Axon Server mode, the audit replay of a case and the offline replays of exports
 * and of the live table), so a stored older revision reads the same everywhere. Add the next upcaster at the end.
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    /** The upcasters in the order they apply. */
    public static List<EventUpcaster> all() {
        return List.of(new ComplaintReceivedUpcaster());
    }

    /** A chain of {@link #all()}; stateless, so one may be shared. */
    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all());
    }
}
