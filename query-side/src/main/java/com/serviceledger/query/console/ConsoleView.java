package com.serviceledger.query.console;

import com.serviceledger.platform.security.StaffUser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Renders a console template with what every page shows: the signed-in user, the language, the CSRF token (in
 * forms and, for htmx, as a header) and where the page is (for the language switch and the navigation).
 */
@Component
class ConsoleView {

    /** The user as the header shows them. */
    record User(String name, String staffId, List<String> roles, List<String> scope) {

        static User of(StaffUser user) {
            return new User(user.name(), user.staffId(), user.roles(), user.scope().entries());
        }
    }

    Mono<ServerResponse> render(ServerRequest request, String template, Map<String, Object> values) {
        Mono<Optional<CsrfToken>> csrf = Optional.ofNullable(request.exchange()
                        .<Mono<CsrfToken>>getAttribute(CsrfToken.class.getName()))
                .map(token -> token.map(Optional::of))
                .orElse(Mono.just(Optional.empty()));
        Mono<Optional<StaffUser>> user = StaffUser.current().map(Optional::of).defaultIfEmpty(Optional.empty());
        return Mono.zip(csrf, user).flatMap(both -> {
            Map<String, Object> model = new HashMap<>(values);
            Locale locale = locale(request);
            model.put("lang", ConsoleLocales.tag(locale));
            model.put("path", request.path());
            // where the language switch comes back to: this page with its parameters (a report, a date range)
            String query = request.uri().getRawQuery();
            model.put("back", query == null ? request.path() : request.path() + "?" + query);
            both.getT2().ifPresent(staff -> model.put("user", User.of(staff)));
            both.getT1().ifPresent(token -> {
                model.put("csrf", token);
                // htmx sends it with every request it makes (hx-headers on the body)
                model.put("csrfHeaders", "{\"" + token.getHeaderName() + "\":\"" + token.getToken() + "\"}");
            });
            return ServerResponse.ok().contentType(MediaType.TEXT_HTML).render(template, model);
        });
    }

    /** After a form's success, on to the page that shows its result (POST-redirect-GET). */
    static Mono<ServerResponse> seeOther(String path) {
        return ServerResponse.seeOther(java.net.URI.create(path)).build();
    }

    static Locale locale(ServerRequest request) {
        Locale locale = request.exchange().getLocaleContext().getLocale();
        return locale == null ? ConsoleLocales.CHINESE : locale;
    }
}
