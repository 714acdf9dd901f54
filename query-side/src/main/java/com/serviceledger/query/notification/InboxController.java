package com.serviceledger.query.notification;

import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryProblems;
import java.util.concurrent.Callable;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The caller's inbox: the list, its live stream, and marking notifications read. Every answer is the caller's
 * own, within their scope; a notification of anyone else, or of a unit outside the scope, is answered as an
 * unknown id (404). Titles and texts are in the recipient's language, or in {@code lang}.
 * <p>
 * Marking read writes on the query side, deliberately: whether somebody has read a notification is that user's own
 * state, not a fact of any case (no rule, report or audit depends on it), so it is kept on the row it marks instead
 * of going through a command and the event store.
 */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

    static final String EVENT = InboxStream.EVENT;

    private final Inbox inbox;
    private final InboxStream stream;
    private final QueryApiProperties api;

    InboxController(Inbox inbox, InboxStream stream, QueryApiProperties api) {
        this.inbox = inbox;
        this.stream = stream;
        this.api = api;
    }

    /** Unread first, then newest first; {@code unread=true} lists only those. */
    @GetMapping
    Mono<InboxPage> inbox(@RequestParam(required = false) String unread,
                          @RequestParam(required = false) String before,
                          @RequestParam(required = false) String page,
                          @RequestParam(required = false) String size,
                          @RequestParam(required = false) String lang) {
        InboxQuery query = InboxQuery.parse(unread, before, page, size, lang, api);
        return StaffUser.current().flatMap(user -> blocking(() -> inbox.page(user, query)));
    }

    /** Idempotent: a notification read already keeps the time it was first read. */
    @PostMapping("/{id}/read")
    Mono<InboxItem> markRead(@PathVariable String id, @RequestParam(required = false) String lang) {
        Language language = InboxQuery.language(lang);
        return StaffUser.current()
                .flatMap(user -> blocking(() -> inbox.markRead(user, id, language).orElse(null)))
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("notification", id)));
    }

    /** Everything of the caller's inbox, or only what is older than {@code before} (a seq). */
    @PostMapping("/read")
    Mono<Inbox.MarkedRead> markAllRead(@RequestParam(required = false) String before) {
        Long seq = InboxQuery.seq("before", before);
        return StaffUser.current().flatMap(user -> blocking(() -> inbox.markAllRead(user, seq)));
    }

    /**
     * The caller's new notifications as events {@code notification} (id = the seq), with the live streams'
     * heartbeat. A comment {@code :inbox} opens it once everything from then on will come: read the list after it
     * to have the whole inbox (a notification may then come in both; its id tells).
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<InboxItem>> stream(@RequestParam(required = false) String lang) {
        Language language = InboxQuery.language(lang);
        return StaffUser.current().flatMapMany(user -> stream.events(user, language));
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
