package com.serviceledger.query.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The console's incident and emergency-plan pages. */
@Configuration(proxyBeanMethods = false)
class ConsoleIncidentsWebConfiguration {

    @Bean
    RouterFunction<ServerResponse> incidentRoutes(ConsoleIncidents incidents, ConsoleEmergencyPlans plans) {
        return RouterFunctions.route()
                .GET(ConsolePaths.INCIDENTS, incidents::page)
                .POST(ConsolePaths.INCIDENTS, incidents::declare)
                .POST(ConsolePaths.INCIDENTS + "/from-complaint", incidents::raiseComplaint)
                .GET(ConsolePaths.INCIDENTS + "/{id}", incidents::incident)
                .POST(ConsolePaths.INCIDENTS + "/{id}/{step}", incidents::step)
                .GET(ConsolePaths.EMERGENCY_PLANS, plans::page)
                .GET(ConsolePaths.EMERGENCY_PLANS + "/open", plans::open)
                .GET(ConsolePaths.EMERGENCY_PLANS + "/{subsidiary}/{kind}", plans::plan)
                .POST(ConsolePaths.EMERGENCY_PLANS + "/{subsidiary}/{kind}/{step}", plans::step)
                .build();
    }
}
