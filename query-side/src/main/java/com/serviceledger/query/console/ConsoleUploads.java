package com.serviceledger.query.console;

import com.serviceledger.command.attachment.AttachmentIntake;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/** A case's upload form (multipart: the file and the form's key) passed on to the API's upload of that case. */
final class ConsoleUploads {

    private ConsoleUploads() {
    }

    /**
     * Sends the chosen file to {@code apiPath} (a case's {@code .../attachments}), which decides on its name, size
     * and type; no file part at all goes as a file without name or content, so the API names what is missing.
     */
    static Mono<ConsoleApi.Outcome> forward(ConsoleApi api, ServerRequest request, String apiPath) {
        return request.multipartData().flatMap(parts -> {
            String key = parts.getFirst(ConsoleForm.KEY) instanceof FormFieldPart field ? field.value() : null;
            FilePart file = parts.getFirst(AttachmentIntake.FIELD) instanceof FilePart chosen ? chosen : null;
            MediaType type = file == null || file.headers().getContentType() == null
                    ? MediaType.APPLICATION_OCTET_STREAM : file.headers().getContentType();
            Mono<byte[]> content = file == null ? Mono.just(new byte[0]) : DataBufferUtils.join(file.content())
                    .map(buffer -> {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        DataBufferUtils.release(buffer);
                        return bytes;
                    })
                    .defaultIfEmpty(new byte[0]);
            return content.flatMap(bytes -> api.upload(request, apiPath, file == null ? "" : file.filename(), type,
                    bytes, key));
        });
    }
}
