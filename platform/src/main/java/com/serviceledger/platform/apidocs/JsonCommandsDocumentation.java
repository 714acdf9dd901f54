package com.serviceledger.platform.apidocs;

import com.serviceledger.platform.web.JsonCommandsOnly;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents {@link JsonCommandsOnly}: every operation under {@code /api/} other than GET, HEAD and OPTIONS answers
 * 415 without {@code Content-Type: application/json}, and one without a request body says so in its description
 * (the header cannot be a documented parameter: OpenAPI ignores a header parameter named Content-Type).
 */
final class JsonCommandsDocumentation implements OpenApiCustomizer {

    static final String BODILESS_NOTE = "No body, but send `Content-Type: application/json` (else 415).";
    private static final Set<PathItem.HttpMethod> SAFE = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (SAFE.contains(method) || !(path.equals("/api") || path.startsWith("/api/"))) {
                return;
            }
            ErrorResponses.add(operation, "415");
            if (operation.getRequestBody() == null) {
                operation.setDescription(operation.getDescription() == null ? BODILESS_NOTE
                        : BODILESS_NOTE + "\n\n" + operation.getDescription());
            }
        }));
    }
}
