package com.serviceledger.query.notification;

import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.live.LiveQuery;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A user's new notifications as server-sent events, for the API's stream and the web console's alike (one
 * listener of the {@link InboxFeed} per stream, within the user's scope).
 */
@Component
public class InboxStream {

    /** The name of each notification's event. */
    public static final String EVENT = "notification";
    /** The comment that opens a stream once everything from then on will come. */
    public static final String OPENED = "inbox";

    private final InboxFeed feed;
    private final LiveQuery live;

    InboxStream(InboxFeed feed, LiveQuery live) {
        this.feed = feed;
        this.live = live;
    }

    /**
     * The user's notifications planned from now on as events {@value #EVENT} (id = the seq), with the live
     * streams' heartbeat, after a comment {@value #OPENED}: read the list after it to have the whole inbox (a
     * notification may then come in both; its id tells).
     *
     * @param language the language of the texts, or null for each recipient's own
     */
    public Flux<ServerSentEvent<InboxItem>> events(StaffUser user, Language language) {
        if (user.staffId() == null) {
            // no staff member, no inbox: open and silent, and nothing polled for it
            return opened().concatWith(live.events(Flux.<InboxItem>never(), EVENT));
        }
        return Flux.usingWhen(Mono.fromSupplier(() -> feed.join(user.staffId(), user.scope())),
                listener -> listener.ready().thenMany(opened().concatWith(live.events(
                                listener.rows().map(row -> InboxItem.of(row, language)), EVENT,
                                item -> String.valueOf(item.seq()))))
                        .takeUntilOther(listener.dropped()),
                listener -> Mono.fromRunnable(listener::leave));
    }

    private static Flux<ServerSentEvent<InboxItem>> opened() {
        return Flux.just(ServerSentEvent.<InboxItem>builder().comment(OPENED).build());
    }
}
