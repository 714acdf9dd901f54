package com.serviceledger.query.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The console's quality, people and reports pages: inspections, rectifications and quality months; scorecards,
 * stars, worst-service notices and the directory; the evaluation reports with their CSV.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleQualityWebConfiguration {

    @Bean
    RouterFunction<ServerResponse> qualityRoutes(ConsoleQuality quality) {
        return RouterFunctions.route()
                .GET(ConsolePaths.QUALITY, quality::page)
                .POST(ConsolePaths.QUALITY + "/inspections", quality::record)
                .GET(ConsolePaths.QUALITY + "/inspections/{id}", quality::inspection)
                .GET(ConsolePaths.QUALITY + "/rectifications/{id}", quality::rectification)
                .POST(ConsolePaths.QUALITY + "/rectifications/{id}/rectify", quality::rectify)
                .POST(ConsolePaths.QUALITY + "/{kinds}/{id}/attachments", quality::attach)
                .POST(ConsolePaths.QUALITY + "/months/close", quality::close)
                .GET(ConsolePaths.QUALITY + "/months/{id}", quality::month)
                .build();
    }

    @Bean
    RouterFunction<ServerResponse> peopleRoutes(ConsolePeople people) {
        return RouterFunctions.route()
                .GET(ConsolePaths.PEOPLE, people::page)
                .GET(ConsolePaths.PEOPLE + "/scorecards/{id}", people::scorecard)
                .POST(ConsolePaths.PEOPLE + "/scorecards/close", people::close)
                .POST(ConsolePaths.PEOPLE + "/stars", people::star)
                .POST(ConsolePaths.PEOPLE + "/ratings", people::rate)
                .build();
    }

    @Bean
    RouterFunction<ServerResponse> reportsRoutes(ConsoleReports reports) {
        return RouterFunctions.route()
                .GET(ConsolePaths.REPORTS, reports::page)
                .GET(ConsolePaths.REPORTS + "/report.csv", reports::csv)
                .build();
    }
}
