package com.serviceledger.query.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/** The console's intake forms and case pages (issue 18): receive a complaint or request, then work the case. */
@Configuration(proxyBeanMethods = false)
class ConsoleCaseConfiguration {

    @Bean
    RouterFunction<ServerResponse> intakeRoutes(ConsoleIntake intake) {
        return RouterFunctions.route()
                .GET(ConsolePaths.INTAKE, intake::page)
                .POST(ConsolePaths.INTAKE + "/complaints", intake::receiveComplaint)
                .POST(ConsolePaths.INTAKE + "/service-requests", intake::receiveServiceRequest)
                .POST(ConsolePaths.INTAKE + "/department-complaints", intake::receiveDepartmentComplaint)
                // a refused form is shown at its POST address: asked for again (a reload, the language switch), the form
                .GET(ConsolePaths.INTAKE + "/complaints", request -> ConsoleView.seeOther(ConsolePaths.INTAKE))
                .GET(ConsolePaths.INTAKE + "/service-requests",
                        request -> ConsoleView.seeOther(ConsolePaths.INTAKE + "?form=service-request"))
                .GET(ConsolePaths.INTAKE + "/department-complaints",
                        request -> ConsoleView.seeOther(ConsolePaths.INTAKE + "?form=department-complaint"))
                .build();
    }

    @Bean
    RouterFunction<ServerResponse> casesRoutes(ConsoleCases cases) {
        return RouterFunctions.route()
                .GET(ConsolePaths.COMPLAINTS + "/{id}", cases::complaint)
                .GET(ConsolePaths.COMPLAINTS + "/{id}/stream", cases::complaintStream)
                .POST(ConsolePaths.COMPLAINTS + "/{id}/steps/{step}", cases::complaintStep)
                .POST(ConsolePaths.COMPLAINTS + "/{id}/disclosure", cases::complaintDisclosure)
                .POST(ConsolePaths.COMPLAINTS + "/{id}/attachments", cases::complaintUpload)
                .GET(ConsolePaths.SERVICE_REQUESTS + "/{id}", cases::serviceRequest)
                .GET(ConsolePaths.SERVICE_REQUESTS + "/{id}/stream", cases::serviceRequestStream)
                .POST(ConsolePaths.SERVICE_REQUESTS + "/{id}/steps/{step}", cases::serviceRequestStep)
                .POST(ConsolePaths.SERVICE_REQUESTS + "/{id}/disclosure", cases::serviceRequestDisclosure)
                .POST(ConsolePaths.SERVICE_REQUESTS + "/{id}/attachments", cases::serviceRequestUpload)
                // a refused step (or a disclosure) is shown at its POST address: asked for again, the case's page
                .GET(ConsolePaths.COMPLAINTS + "/{id}/steps/{step}", request -> casePage(ConsolePaths.COMPLAINTS, request))
                .GET(ConsolePaths.COMPLAINTS + "/{id}/disclosure", request -> casePage(ConsolePaths.COMPLAINTS, request))
                .GET(ConsolePaths.SERVICE_REQUESTS + "/{id}/steps/{step}",
                        request -> casePage(ConsolePaths.SERVICE_REQUESTS, request))
                .GET(ConsolePaths.SERVICE_REQUESTS + "/{id}/disclosure",
                        request -> casePage(ConsolePaths.SERVICE_REQUESTS, request))
                .build();
    }

    private static Mono<ServerResponse> casePage(String base, ServerRequest request) {
        return ServerResponse.status(HttpStatus.SEE_OTHER).location(UriComponentsBuilder.fromPath(base + "/{id}")
                .buildAndExpand(request.pathVariable("id")).encode().toUri()).build();
    }
}
