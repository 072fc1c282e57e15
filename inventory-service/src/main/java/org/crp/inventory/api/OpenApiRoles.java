package org.crp.inventory.api;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Writes the roles an operation needs into its description, taken from the security requirement
 * that Quarkus derives from {@code @RolesAllowed}: the document can never disagree with the code.
 */
public class OpenApiRoles implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null) {
            return operation;
        }
        List<String> roles = security.stream().map(SecurityRequirement::getSchemes).filter(s -> s != null)
                .flatMap(s -> s.values().stream()).filter(r -> r != null).flatMap(List::stream).distinct().toList();
        if (roles.isEmpty()) {
            return operation;
        }
        String line = "Roles: " + String.join(", ", roles) + ".";
        String description = operation.getDescription();
        if (description == null || description.isBlank()) {
            operation.setDescription(line);
        } else if (!description.contains("Roles: ")) {
            operation.setDescription(description + "\n\n" + line);
        }
        return operation;
    }
}
