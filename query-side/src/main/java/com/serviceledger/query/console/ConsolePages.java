package com.serviceledger.query.console;

import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.notification.Inbox;
import com.serviceledger.query.notification.InboxQuery;
import com.serviceledger.platform.security.Roles;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The home page, the sign-in page and the language switch. */
@Component
class ConsolePages {

    private final ConsoleView view;
    private final Inbox inbox;
    private final ConsoleSignIn signIn;

    ConsolePages(ConsoleView view, Inbox inbox, ConsoleSignIn signIn) {
        this.view = view;
        this.inbox = inbox;
        this.signIn = signIn;
    }

    /** A greeting, the way to the inbox with its unread count, and the way to each part of the console. */
    Mono<ServerResponse> home(ServerRequest request) {
        Locale locale = ConsoleView.locale(request);
        return StaffUser.current().flatMap(user -> Mono.fromCallable(() -> inbox.page(user,
                                new InboxQuery(true, null, 0, 1, ConsoleLocales.language(locale))).unread())
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(unread -> view.render(request, "console/home",
                                Map.of("active", "home", "unread", unread, "parts", parts(user)))));
    }

    /** The parts of the console the home page points to: each part says itself what the user's roles may see. */
    private static List<String> parts(StaffUser user) {
        List<String> parts = new ArrayList<>(List.of("dashboard", "sla", "intake", "quality", "people", "inbox",
                "reports", "improvements", "incidents", "emergency-plans"));
        if (user.roles().contains(Roles.ADMIN)) {
            parts.add("admin");
        }
        return parts;
    }

    Mono<ServerResponse> login(ServerRequest request) {
        String outcome = request.queryParam("error").isPresent() ? "error"
                : request.queryParam("locked").isPresent() ? "locked"
                : request.queryParam("signed-out").isPresent() ? "signed-out" : "";
        Map<String, Object> model = new HashMap<>(Map.of("outcome", outcome,
                "signIn", signIn.kind().name().toLowerCase(Locale.ROOT)));
        signIn.provider().ifPresent(provider -> {
            model.put("providerStart", ConsoleSignIn.PROVIDER_START + provider.getRegistrationId());
            model.put("providerName", provider.getClientName());
        });
        return view.render(request, "console/login", model);
    }

    /** Remembers the language chosen (a cookie for a year) and goes back to the console page it was chosen on. */
    Mono<ServerResponse> language(ServerRequest request) {
        return request.formData().flatMap(form -> {
            Locale locale = ConsoleLocales.supported(form.getFirst("lang"));
            URI back = URI.create(consolePath(form.getFirst("back")));
            var response = ServerResponse.status(HttpStatus.SEE_OTHER).location(back);
            if (locale != null) {
                response.cookie(ConsoleLocales.cookie(locale));
            }
            return response.build();
        });
    }

    /**
     * Only a page of the console itself, with its parameters: never another site, nor an API address (no open
     * redirect). The parameters are kept as the page had them (the switch's own form sent them).
     */
    private static String consolePath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("#")) {
            return ConsolePaths.HOME;
        }
        int query = back.indexOf('?');
        String path = query < 0 ? back : back.substring(0, query);
        try {
            URI.create(back); // a well-formed address, its query included
            return ConsolePaths.matches(PathContainer.parsePath(path)) ? back : ConsolePaths.HOME;
        } catch (IllegalArgumentException malformed) {
            return ConsolePaths.HOME;
        }
    }
}
