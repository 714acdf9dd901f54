package com.serviceledger.platform.apidocs;

import com.serviceledger.platform.security.AccessTable;
import com.serviceledger.platform.security.SecurityProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The OpenAPI description ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}) of whichever APIs the
 * application serves: the command side, the query side, or both in the standalone app. The endpoints come from
 * the controllers (springdoc); the roles, error answers and command headers are added here from the same
 * sources the application runs on, so the description cannot drift from the behaviour.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

    @Bean
    OpenAPI serviceLedgerOpenApi(SecurityProperties security, Environment environment) {
        String scheme = ApiDocsSchemes.name(security.mode());
        return new OpenAPI()
                .info(new Info()
                        .title("ServiceLedger API (" + environment.getProperty("spring.application.name", "") + ")")
                        .version("v1")
                        .description("""
                                Complaints, service requests, inspections, scoring and their analytics. Every \
                                operation names the roles that may call it (`x-roles`); errors are RFC 9457 \
                                problem details (`application/problem+json`) with a stable `type` \
                                (`urn:serviceledger:problem:<code>`)."""))
                .components(new Components()
                        .addSecuritySchemes(scheme, ApiDocsSchemes.scheme(security.mode()))
                        .addSchemas(ErrorResponses.PROBLEM_SCHEMA, ErrorResponses.problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(scheme));
    }

    @Bean
    OperationCustomizer serviceLedgerOperations() {
        return new OperationDocumentation();
    }

    @Bean
    OpenApiCustomizer serviceLedgerAccessRoles(AccessTable table) {
        return new AccessRolesDocumentation(table);
    }

    @Bean
    OpenApiCustomizer serviceLedgerJsonCommands() {
        return new JsonCommandsDocumentation();
    }

    /** The security scheme the application accepts, by {@code serviceledger.security.mode}. */
    static final class ApiDocsSchemes {

        private ApiDocsSchemes() {
        }

        static String name(SecurityProperties.Mode mode) {
            return mode == SecurityProperties.Mode.USERS ? "basicAuth" : "bearerAuth";
        }

        static SecurityScheme scheme(SecurityProperties.Mode mode) {
            return mode == SecurityProperties.Mode.USERS
                    ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                            .description("HTTP Basic against the configured users (serviceledger.security.users)")
                    : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                            .description("A JWT from the configured issuer; roles from the configured claim");
        }
    }
}
