package com.serviceledger.query.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The console's improvement-actions pages. */
@Configuration(proxyBeanMethods = false)
class ConsoleImprovementsWebConfiguration {

    @Bean
    RouterFunction<ServerResponse> improvementRoutes(ConsoleImprovements improvements) {
        return RouterFunctions.route()
                .GET(ConsolePaths.IMPROVEMENTS, improvements::page)
                .POST(ConsolePaths.IMPROVEMENTS, improvements::raise)
                .GET(ConsolePaths.IMPROVEMENTS + "/{id}", improvements::action)
                .POST(ConsolePaths.IMPROVEMENTS + "/{id}/{step}", improvements::step)
                .build();
    }
}
