package com.serviceledger.command.attachment;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.common.NewAttachment;
import com.serviceledger.kernel.complaint.AddComplaintAttachment;
import com.serviceledger.kernel.inspection.AddInspectionAttachment;
import com.serviceledger.kernel.inspection.AddRectificationAttachment;
import com.serviceledger.kernel.servicerequest.AddServiceRequestAttachment;
import com.serviceledger.platform.apidocs.SuccessStatus;
import com.serviceledger.platform.security.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A file for a case of any kind, as {@code multipart/form-data} with the part {@code file}. The file is checked and
 * stored first ({@link AttachmentIntake}), then the case records it: 201 with the new attachment's id, or 200 with
 * the id the same content was attached under before.
 */
@RestController
public class AttachmentCommandController {

    private final CommandDispatcher dispatcher;
    private final AttachmentIntake intake;

    AttachmentCommandController(CommandDispatcher dispatcher, AttachmentIntake intake) {
        this.dispatcher = dispatcher;
        this.intake = intake;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @Operation(requestBody = @RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = AttachmentUpload.class))))
    @PostMapping(path = "/api/complaints/{complaintId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> complaint(@PathVariable String complaintId,
                                                               ServerWebExchange exchange) {
        return attach("/api/complaints/" + complaintId, a -> new AddComplaintAttachment(complaintId, a), exchange);
    }

    @SuccessStatus(HttpStatus.CREATED)
    @Operation(requestBody = @RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = AttachmentUpload.class))))
    @PostMapping(path = "/api/service-requests/{requestId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> serviceRequest(@PathVariable String requestId,
                                                                    ServerWebExchange exchange) {
        return attach("/api/service-requests/" + requestId, a -> new AddServiceRequestAttachment(requestId, a),
                exchange);
    }

    @SuccessStatus(HttpStatus.CREATED)
    @Operation(requestBody = @RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = AttachmentUpload.class))))
    @PostMapping(path = "/api/inspections/{inspectionId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> inspection(@PathVariable String inspectionId,
                                                                ServerWebExchange exchange) {
        return attach("/api/inspections/" + inspectionId, a -> new AddInspectionAttachment(inspectionId, a),
                exchange);
    }

    @SuccessStatus(HttpStatus.CREATED)
    @Operation(requestBody = @RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = AttachmentUpload.class))))
    @PostMapping(path = "/api/rectifications/{rectificationId}/attachments",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<Map<String, Object>>> rectification(@PathVariable String rectificationId,
                                                                   ServerWebExchange exchange) {
        return attach("/api/rectifications/" + rectificationId,
                a -> new AddRectificationAttachment(rectificationId, a), exchange);
    }

    private Mono<ResponseEntity<Map<String, Object>>> attach(String casePath, Function<NewAttachment, Object> command,
                                                             ServerWebExchange exchange) {
        return exchange.getMultipartData()
                .flatMap(form -> {
                    Part part = form.getFirst(AttachmentIntake.FIELD);
                    return part instanceof FilePart file ? Mono.just(file)
                            : Mono.error(new InvalidInput(AttachmentIntake.FIELD, "send the file as the form part "
                                    + AttachmentIntake.FIELD + " (curl -F " + AttachmentIntake.FIELD + "=@name)"));
                })
                .zipWith(CommandDispatcher.caller(exchange).map(AttachmentCommandController::who))
                .flatMap(fileAndWho -> intake.accept(fileAndWho.getT1(), fileAndWho.getT2()))
                // the content's hash identifies an Idempotency-Key retry, as a JSON body does
                .flatMap(attachment -> dispatcher.dispatch(command.apply(attachment), attachment.sha256(), exchange)
                        .map(outcome -> {
                            boolean added = attachment.attachmentId().equals(outcome.result()) || outcome.replayed();
                            String id = outcome.result();
                            var response = outcome.respond(added ? HttpStatus.CREATED : HttpStatus.OK)
                                    .location(URI.create(casePath + "/attachments/" + id));
                            return response.body(Map.<String, Object>of("attachmentId", id,
                                    "mediaType", attachment.mediaType(), "size", attachment.size(),
                                    "sha256", attachment.sha256()));
                        }));
    }

    private static String who(StaffUser user) {
        return user.staffId() != null ? user.staffId() : user.name();
    }
}
