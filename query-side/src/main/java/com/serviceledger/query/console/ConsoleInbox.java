package com.serviceledger.query.console;

import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.notification.Inbox;
import com.serviceledger.query.notification.InboxItem;
import com.serviceledger.query.notification.InboxPage;
import com.serviceledger.query.notification.InboxQuery;
import com.serviceledger.query.notification.InboxStream;
import com.serviceledger.query.web.QueryApiProperties;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The inbox page: the signed-in user's notifications from the API's own {@link Inbox} (unread first, within
 * their scope), marking one read, and a stream that tells the page when to reload its list.
 */
@Component
class ConsoleInbox {

    /** The newest notifications the page lists (the API pages through older ones). */
    static final int SHOWN = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One notification as the page lists it. */
    record Row(InboxItem item, String when) {
    }

    private final ConsoleView view;
    private final Inbox inbox;
    private final InboxStream stream;
    private final QueryApiProperties api;

    ConsoleInbox(ConsoleView view, Inbox inbox, InboxStream stream, QueryApiProperties api) {
        this.view = view;
        this.inbox = inbox;
        this.stream = stream;
        this.api = api;
    }

    Mono<ServerResponse> page(ServerRequest request) {
        return listed(request, "console/inbox");
    }

    /** The list alone, for htmx to swap in. */
    Mono<ServerResponse> list(ServerRequest request) {
        return listed(request, "console/inbox :: list");
    }

    /**
     * Marks one read and answers the list (htmx) or goes back to the page (a plain form post). A notification
     * that is not the user's, or lies outside their scope, is left alone as if unknown.
     */
    Mono<ServerResponse> markRead(ServerRequest request) {
        String id = request.pathVariable("id");
        Language language = ConsoleLocales.language(ConsoleView.locale(request));
        Mono<Void> marked = StaffUser.current()
                .flatMap(user -> Mono.fromCallable(() -> inbox.markRead(user, id, language))
                        .subscribeOn(Schedulers.boundedElastic()))
                .then();
        boolean htmx = request.headers().firstHeader("HX-Request") != null;
        return marked.then(htmx ? list(request)
                : ServerResponse.status(HttpStatus.SEE_OTHER).location(URI.create(ConsolePaths.INBOX)).build());
    }

    /**
     * Tells the page when to reload its list: {@code ready} once every later notification will be told (so a
     * reload then misses none), and {@code notification} with its id for each new one; the heartbeat as comments.
     */
    Mono<ServerResponse> stream(ServerRequest request) {
        Flux<ServerSentEvent<String>> events = StaffUser.current()
                .flatMapMany(user -> stream.events(user, null))
                .map(ConsoleInbox::prompt);
        return ServerResponse.ok().contentType(MediaType.TEXT_EVENT_STREAM)
                .body(BodyInserters.fromServerSentEvents(events));
    }

    private static ServerSentEvent<String> prompt(ServerSentEvent<InboxItem> event) {
        if (event.data() != null) {
            return ServerSentEvent.builder(event.data().id()).event(InboxStream.EVENT).id(event.id()).build();
        }
        if (InboxStream.OPENED.equals(event.comment())) {
            // an event needs data to reach the page's listener
            return ServerSentEvent.builder("ready").event("ready").build();
        }
        return ServerSentEvent.<String>builder().comment(event.comment()).build();
    }

    private Mono<ServerResponse> listed(ServerRequest request, String template) {
        Language language = ConsoleLocales.language(ConsoleView.locale(request));
        return StaffUser.current()
                .flatMap(user -> Mono.fromCallable(() -> inbox.page(user,
                                new InboxQuery(false, null, 0, SHOWN, language)))
                        .subscribeOn(Schedulers.boundedElastic()))
                .flatMap(page -> view.render(request, template, Map.of("active", "inbox", "page", page,
                        "rows", rows(page), "zone", api.dateZone().getId())));
    }

    private List<Row> rows(InboxPage page) {
        return page.items().stream()
                .map(item -> new Row(item, WHEN.format(item.occurredAt().atZone(api.dateZone()))))
                .toList();
    }
}
