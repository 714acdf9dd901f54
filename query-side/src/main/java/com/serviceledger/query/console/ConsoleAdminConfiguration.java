package com.serviceledger.query.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The console's admin pages: for administrators only (everyone else is told so, with 403), under /console/admin. */
@Configuration(proxyBeanMethods = false)
class ConsoleAdminConfiguration {

    @Bean
    RouterFunction<ServerResponse> adminRoutes(ConsoleAdmin admin, ConsoleAdminPolicies policies,
                                               ConsoleAdminDirectory directory, ConsoleAdminWebhooks webhooks,
                                               ConsoleAdminOperations operations) {
        return RouterFunctions.route()
                .GET(ConsolePaths.ADMIN, admin::overview)
                .GET(ConsoleAdminPolicies.PATH, policies::page)
                .POST(ConsoleAdminPolicies.PATH + "/{subsidiary}/versions", policies::publish)
                .GET(ConsoleAdminDirectory.PATH, directory::page)
                .POST(ConsoleAdminDirectory.PATH + "/{form}", directory::command)
                .GET(ConsoleAdminWebhooks.PATH, webhooks::page)
                .POST(ConsoleAdminWebhooks.PATH, webhooks::create)
                .GET(ConsoleAdminWebhooks.PATH + "/{id}", webhooks::deliveries)
                .POST(ConsoleAdminWebhooks.PATH + "/{id}/delete", webhooks::delete)
                .POST(ConsoleAdminWebhooks.PATH + "/{id}/deliveries/{delivery}/redeliver", webhooks::redeliver)
                .GET(ConsoleAdminOperations.VIEWS, operations::views)
                .POST(ConsoleAdminOperations.VIEWS + "/{view}/rebuild", operations::rebuild)
                .GET(ConsoleAdminOperations.REBUILDS + "/{id}", operations::progressPage)
                .GET(ConsoleAdminOperations.REBUILDS + "/{id}/progress", operations::progressPart)
                .GET(ConsoleAdminOperations.DEAD_LETTERS, operations::deadLetters)
                .POST(ConsoleAdminOperations.DEAD_LETTERS + "/{processor}/retry", operations::retry)
                // anything else under /console/admin: the same refusal for non-admins, the overview with 404 for admins
                .GET(ConsolePaths.ADMIN + "/**", request -> admin.render(request, HttpStatus.NOT_FOUND,
                        "console/admin", admin.model("overview")))
                .filter(admin.adminsOnly())
                .build();
    }
}
