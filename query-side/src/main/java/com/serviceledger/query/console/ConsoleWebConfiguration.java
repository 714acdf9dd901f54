package com.serviceledger.query.console;

import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The web console's pages, texts and language. Functional routes, not controllers: the pages are no part of the
 * JSON API, so they stay out of its handler tables, its access rules and its description. Each part of the
 * console adds its own routes (a {@code RouterFunction} bean of its own) and its own bundle of texts.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration {

    static final java.util.List<String> BUNDLES = java.util.List.of("messages", "dashboard", "intake", "cases",
            "quality", "people", "reports", "admin", "improvement",
            "incident");

    @Bean
    RouterFunction<ServerResponse> consoleRoutes(ConsolePages pages, ConsoleInbox inbox, ConsoleSla sla) {
        return RouterFunctions.route()
                .GET(ConsolePaths.HOME, pages::home)
                .GET(ConsolePaths.LOGIN, pages::login)
                .POST(ConsolePaths.LANGUAGE, pages::language)
                .GET(ConsolePaths.INBOX, inbox::page)
                .GET(ConsolePaths.INBOX + "/list", inbox::list)
                .GET(ConsolePaths.INBOX + "/stream", inbox::stream)
                .POST(ConsolePaths.INBOX + "/{id}/read", inbox::markRead)
                .GET(ConsolePaths.SLA, sla::page)
                .GET(ConsolePaths.SLA + "/board", sla::board)
                .GET(ConsolePaths.SLA + "/stream", sla::stream)
                .build();
    }

    /**
     * The console's texts, a bundle per part of the console: console/messages.properties (the layout and the
     * pages of the start: zh-CN, the default) and messages_en (English); likewise console/dashboard and the rest.
     */
    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(BUNDLES.stream().map(bundle -> "console/" + bundle).toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    LocaleContextResolver localeContextResolver() {
        return new ConsoleLocales();
    }
}
