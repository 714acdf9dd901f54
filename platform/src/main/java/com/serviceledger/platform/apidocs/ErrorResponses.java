package com.serviceledger.platform.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;

/** The problem-details answers, as {@code platform.web.ProblemDetailsAdvice} and the security chain write them. */
final class ErrorResponses {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** What each status means here, with the problem {@code type} codes that come with it. */
    private static final Map<String, String> MEANING = Map.of(
            "400", "Invalid input, nothing changed: `validation`, `malformed-request` or `invalid-parameter`; "
                    + "`errors[].field` names the field",
            "401", "No or invalid credentials: `unauthenticated` (with a `WWW-Authenticate` challenge)",
            "403", "The caller's roles do not allow this operation: `forbidden`; or the unit it names lies outside "
                    + "the caller's scope: `out-of-scope`, `errors[].field` names the field",
            "404", "No such case or resource, or none within the caller's scope: `not-found`",
            "409", "Conflicts with the case's state, nothing changed: `out-of-order`, `concurrent-modification` "
                    + "(reload and retry) or `already-exists`",
            "415", "`Content-Type` is not `application/json` (or a `+json` type), nothing changed: "
                    + "`unsupported-media-type`. Every command needs it, also one without a body (cross-site request "
                    + "protection)",
            "422", "A business rule forbids it, nothing changed: `rule-violation` and the rule's own codes; also an "
                    + "`Idempotency-Key` reused with a different request",
            "503", "The store is unavailable or the system is still starting, nothing changed: `unavailable`; "
                    + "retry later");

    private ErrorResponses() {
    }

    static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("customer.phone"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example("urn:serviceledger:problem:validation"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("the fields at fault, for 400 and some 409/422"));
    }

    /** Adds the answer unless the operation documents that status already. */
    static void add(Operation operation, String status) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse()
                .description(MEANING.getOrDefault(status, "Problem details"))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
    }
}
