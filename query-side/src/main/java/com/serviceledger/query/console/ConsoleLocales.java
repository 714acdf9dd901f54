package com.serviceledger.query.console;

import com.serviceledger.kernel.organisation.Language;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The console's language: the one the user chose (a cookie), else the first of the browser's languages the
 * console speaks, else Chinese. Only zh-CN and English exist. Outside the console the application keeps
 * Spring's default (the Accept-Language header), so the cookie changes nothing in the API.
 */
final class ConsoleLocales implements LocaleContextResolver {

    static final String COOKIE = "console-lang";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final AcceptHeaderLocaleContextResolver outside = new AcceptHeaderLocaleContextResolver();

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        if (!inConsole(exchange)) {
            return outside.resolveLocaleContext(exchange);
        }
        var chosen = exchange.getRequest().getCookies().getFirst(COOKIE);
        Locale locale = chosen != null ? supported(chosen.getValue()) : null;
        if (locale == null) {
            locale = exchange.getRequest().getHeaders().getAcceptLanguageAsLocales().stream()
                    .map(ConsoleLocales::spoken).filter(java.util.Objects::nonNull).findFirst().orElse(CHINESE);
        }
        return new SimpleLocaleContext(locale);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext context) {
        Locale locale = context == null ? null : context.getLocale();
        exchange.getResponse().addCookie(locale == null
                ? ResponseCookie.from(COOKIE, "").path("/").maxAge(Duration.ZERO).build() : cookie(locale));
    }

    /** The choice, kept for a year. */
    static ResponseCookie cookie(Locale locale) {
        return ResponseCookie.from(COOKIE, tag(locale)).path("/").httpOnly(true).sameSite("Lax")
                .maxAge(Duration.ofDays(365)).build();
    }

    /** The console's language of a tag, or null for one it does not speak. */
    static Locale supported(String tag) {
        try {
            return Language.of(tag) == Language.EN ? Locale.ENGLISH : CHINESE;
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }

    static String tag(Locale locale) {
        return language(locale).tag();
    }

    /** The notification texts' language of a console locale. */
    static Language language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Language.EN : Language.ZH_CN;
    }

    private static Locale spoken(Locale accepted) {
        return switch (accepted.getLanguage()) {
            case "en" -> Locale.ENGLISH;
            case "zh" -> CHINESE;
            default -> null;
        };
    }

    private static boolean inConsole(ServerWebExchange exchange) {
        return ConsolePaths.matches(exchange.getRequest().getPath().pathWithinApplication());
    }
}
