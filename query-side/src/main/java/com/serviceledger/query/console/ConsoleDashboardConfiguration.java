package com.serviceledger.query.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The dashboard's pages: the charts, their figures alone (for the live reload), their stream and the drill-down. */
@Configuration(proxyBeanMethods = false)
class ConsoleDashboardConfiguration {

    @Bean
    RouterFunction<ServerResponse> dashboardRoutes(ConsoleDashboard dashboard) {
        return RouterFunctions.route()
                .GET(ConsolePaths.DASHBOARD, dashboard::page)
                .GET(ConsolePaths.DASHBOARD + "/figures", dashboard::figures)
                .GET(ConsolePaths.DASHBOARD + "/stream", dashboard::stream)
                .GET(ConsolePaths.DASHBOARD + "/cases", dashboard::cases)
                .build();
    }
}
