package com.serviceledger.platform.apidocs;

import com.serviceledger.platform.security.AccessTable;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

/**
 * Writes into each operation the roles the security filter chain lets through, read from the same
 * {@link AccessTable}: "Roles: …" in the description and the {@code x-roles} extension, and the 401 and 403
 * answers every secured operation has. An operation no rule names gets {@code x-roles: []}: nobody may call it.
 */
final class AccessRolesDocumentation implements OpenApiCustomizer {

    static final String ROLES_EXTENSION = "x-roles";

    private final AccessTable table;

    AccessRolesDocumentation(AccessTable table) {
        this.table = table;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (table.isOpen(path)) {
                return;
            }
            List<String> roles = table.rolesFor(HttpMethod.valueOf(method.name()), path).orElse(List.of());
            operation.addExtension(ROLES_EXTENSION, roles);
            String line = roles.isEmpty() ? "Roles: none (denied to everybody)." : "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? line : operation.getDescription() + "\n\n" + line);
            ErrorResponses.add(operation, "401");
            ErrorResponses.add(operation, "403");
        }));
    }
}
