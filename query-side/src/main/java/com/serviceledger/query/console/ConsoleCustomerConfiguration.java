package com.serviceledger.query.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The console's customer file page and a case's attachment downloads (issue 19). */
@Configuration(proxyBeanMethods = false)
class ConsoleCustomerConfiguration {

    @Bean
    RouterFunction<ServerResponse> customerFileRoutes(ConsoleCustomerFile files, ConsoleAttachments attachments) {
        return RouterFunctions.route()
                .GET(ConsoleCustomerFile.PATH + "/{customerId}", files::page)
                .GET(ConsolePaths.COMPLAINTS + "/{id}/attachments/{attachmentId}", attachments::complaint)
                .GET(ConsolePaths.SERVICE_REQUESTS + "/{id}/attachments/{attachmentId}", attachments::serviceRequest)
                .build();
    }
}
