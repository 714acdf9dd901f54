package com.serviceledger.platform.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Per operation, from its handler: a summary when the controller gives none, its success status
 * ({@link SuccessStatus}, 200 otherwise), the command headers, and the
 * error answers the handler can actually produce. Commands (the command side's POST handlers) go through the
 * command dispatcher: bad input or headers (400), a case not found (404, with a case id in the path), out of
 * order or a concurrent change (409), a rule (422), the store down or the system starting (503). Reads answer
 * 400 for bad parameters and 404 for an unknown id in the path.
 */
final class OperationDocumentation implements OperationCustomizer {

    private static final String COMMAND_PACKAGE = "com.serviceledger.command.";
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null) {
            operation.setSummary(summary(handler));
        }
        documentSuccess(operation, handler);
        boolean command = isCommand(handler);
        if (command && !handler.hasMethodAnnotation(NoIdempotencyKey.class)) {
            operation.addParametersItem(new Parameter().in("header").name("Idempotency-Key").required(false)
                    .description("A retried command with the same key and body has one effect and answers the first "
                            + "result (header Idempotent-Replayed: true); the same key with another body is a 422")
                    .schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,128}$")));
        }
        if (command) {
            operation.addParametersItem(new Parameter().in("header").name("X-Correlation-Id").required(false)
                    .description("Kept as the correlationId of every event the command causes and in the log "
                            + "lines; generated when absent; echoed in the response")
                    .schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,128}$")));
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean pathId = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean input = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> "query".equals(p.getIn()));
        if (command || input) {
            ErrorResponses.add(operation, "400");
        }
        if (pathId) {
            ErrorResponses.add(operation, "404");
        }
        if (command) {
            ErrorResponses.add(operation, "409");
            ErrorResponses.add(operation, "422");
            ErrorResponses.add(operation, "503");
        }
        return operation;
    }

    /**
     * Springdoc documents the derived body under 200 for a handler returning {@code ResponseEntity}; moves it to
     * the status the handler really answers, first among the responses. A 204 has no body.
     */
    static void documentSuccess(Operation operation, HandlerMethod handler) {
        SuccessStatus declared = handler.getMethodAnnotation(SuccessStatus.class);
        HttpStatus status = declared == null ? HttpStatus.OK : declared.value();
        ApiResponses found = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponse success = found.remove("200");
        if (success == null) {
            success = found.remove(String.valueOf(status.value()));
        }
        if (success == null) {
            success = new ApiResponse();
        }
        success.setDescription(status.getReasonPhrase());
        if (status == HttpStatus.NO_CONTENT) {
            success.setContent(null);
        }
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse(String.valueOf(status.value()), success);
        found.forEach(responses::addApiResponse);
        operation.setResponses(responses);
    }

    static boolean isCommand(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith(COMMAND_PACKAGE)
                && handler.hasMethodAnnotation(PostMapping.class);
    }

    /** "ComplaintCommandController.rejectSolution" reads "Reject solution (complaint command)". */
    private static String summary(HandlerMethod handler) {
        String[] words = WORD_START.split(handler.getMethod().getName());
        String action = String.join(" ", words).toLowerCase();
        String controller = handler.getBeanType().getSimpleName().replace("Controller", "");
        String subject = String.join(" ", WORD_START.split(controller)).toLowerCase();
        return Character.toUpperCase(action.charAt(0)) + action.substring(1) + " (" + subject + ")";
    }
}
