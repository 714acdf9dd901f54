package com.serviceledger.command.attachment;

import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.common.NewAttachment;
import com.serviceledger.platform.blob.BlobStore;
import com.serviceledger.platform.blob.Sha256;
import com.serviceledger.platform.web.Problems;
import com.serviceledger.platform.web.WebLimitsProperties;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Takes an uploaded file in before any command names it: at most the size limit, its type read from its bytes
 * (Apache Tika; the name only refines a type the bytes allow, such as a Word file inside a ZIP), a declared type
 * that disagrees refused, only the allowed types, then stored in the blob store under its SHA-256. A refusal names
 * the form field {@value #FIELD} and stores nothing.
 */
@Component
public class AttachmentIntake {

    public static final String FIELD = "file";
    private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private final BlobStore blobs;
    private final int maxBytes;
    private final List<MediaType> allowed;
    private final Tika tika = new Tika();

    AttachmentIntake(BlobStore blobs, WebLimitsProperties limits, AttachmentProperties properties) {
        this.blobs = blobs;
        this.maxBytes = Math.toIntExact(limits.maxAttachmentBytes().toBytes());
        this.allowed = properties.allowedTypes().stream().map(MediaType::parse).toList();
    }

    /** The file checked and stored, as the command carries it. */
    public Mono<NewAttachment> accept(FilePart file, String addedBy) {
        String name = file.filename() == null ? "" : file.filename().strip();
        if (name.isEmpty() || name.length() > NewAttachment.MAX_FILE_NAME) {
            return Mono.error(new InvalidInput(FIELD, "the file needs a name of 1 to " + NewAttachment.MAX_FILE_NAME
                    + " characters"));
        }
        return DataBufferUtils.join(file.content(), maxBytes)
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge())
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .map(bytes -> checked(bytes, name, file.headers().getContentType(), addedBy))
                // the blob first: an event never names a file the store does not hold
                .flatMap(accepted -> Mono.fromRunnable(() -> blobs.put(accepted.attachment().sha256(), accepted.bytes()))
                        .subscribeOn(Schedulers.boundedElastic())
                        .thenReturn(accepted.attachment()));
    }

    private record Accepted(NewAttachment attachment, byte[] bytes) {
    }

    private Accepted checked(byte[] bytes, String name, org.springframework.http.MediaType declared, String addedBy) {
        if (bytes.length == 0) {
            throw new InvalidInput(FIELD, "the file is empty");
        }
        MediaType detected = TYPES.normalize(MediaType.parse(tika.detect(bytes, name)));
        if (declared != null && !agrees(declared, detected)) {
            throw new InvalidInput(FIELD, "the file's content is " + detected + ", not the declared "
                    + declared.getType() + "/" + declared.getSubtype());
        }
        // exactly a listed type: a script or a web page is a kind of text/plain to Tika, and must not pass as one
        if (!allowed.contains(detected)) {
            throw new InvalidInput(FIELD, "files of type " + detected + " are not accepted; accepted are "
                    + allowed + " (serviceledger.attachments.allowed-types)");
        }
        NewAttachment attachment = new NewAttachment(UUID.randomUUID().toString(), name, detected.toString(),
                bytes.length, Sha256.of(bytes), addedBy);
        return new Accepted(attachment, bytes);
    }

    /** Declaring nothing in particular (octet-stream) agrees with anything; else the same type or a wider one. */
    private static boolean agrees(org.springframework.http.MediaType declared, MediaType detected) {
        if (declared.isWildcardType() || org.springframework.http.MediaType.APPLICATION_OCTET_STREAM.equalsTypeAndSubtype(declared)) {
            return true;
        }
        MediaType claimed = TYPES.normalize(new MediaType(declared.getType(), declared.getSubtype()));
        return claimed.equals(detected) || TYPES.isSpecializationOf(detected, claimed);
    }

    private ErrorResponseException tooLarge() {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "File too large",
                "The file is larger than the limit of " + maxBytes + " bytes (serviceledger.web.max-attachment-bytes)");
        problem.setProperty("limit", maxBytes);
        problem.setProperty("errors", List.of(Map.of("field", FIELD, "message", "at most " + maxBytes + " bytes")));
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }
}
