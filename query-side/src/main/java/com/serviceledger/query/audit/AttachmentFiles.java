package com.serviceledger.query.audit;

import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.platform.blob.BlobStore;
import com.serviceledger.platform.blob.Sha256;
import com.serviceledger.platform.web.Problems;
import com.serviceledger.query.web.QueryProblems;
import java.util.List;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Serves a case's attachment as its own event recorded it: found in the case's stream (which the caller has found
 * within the reader's scope by its view first, as the timeline), the bytes read from the blob store and checked
 * against the recorded SHA-256 (a file changed in the store is refused, never served), sent as a download that a
 * browser neither sniffs nor shows inline. Once the case's customer is erased the file is gone: 410.
 */
@Component
public class AttachmentFiles {

    private final AuditTrail trail;
    private final BlobStore blobs;

    AttachmentFiles(AuditTrail trail, BlobStore blobs) {
        this.trail = trail;
        this.blobs = blobs;
    }

    private record Recorded(AttachmentAdded attachment, boolean erased) {
    }

    /** The file of the case found in scope; 404 when the case recorded no such attachment. */
    public Mono<ResponseEntity<byte[]>> download(String caseId, String attachmentId) {
        return trail.readCaseFoundInScope(caseId, events -> recorded(events, attachmentId))
                .flatMap(found -> {
                    if (found.attachment() == null) {
                        return Mono.error(QueryProblems.notFound("attachment", attachmentId));
                    }
                    if (found.erased()) {
                        return Mono.error(gone(attachmentId, "the case's customer was erased, and their files with them"));
                    }
                    String hash = found.attachment().sha256();
                    return Mono.fromCallable(() -> blobs.get(hash))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMap(bytes -> bytes.map(b -> Mono.just(served(found.attachment(), b)))
                                    .orElseGet(() -> Mono.error(gone(attachmentId, "the file is no longer stored"))));
                });
    }

    private static Recorded recorded(List<DomainEventMessage<?>> events, String attachmentId) {
        AttachmentAdded attachment = null;
        boolean erased = false;
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof AttachmentAdded added && added.attachmentId().equals(attachmentId)) {
                attachment = added;
            } else if (event.getPayload() instanceof CustomerErased) {
                erased = true;
            }
        }
        return new Recorded(attachment, erased);
    }

    private static ResponseEntity<byte[]> served(AttachmentAdded attachment, byte[] bytes) {
        if (!Sha256.of(bytes).equals(attachment.sha256())) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT,
                    "attachment-tampered", "Attachment changed in storage",
                    "The stored file of attachment " + attachment.attachmentId() + " no longer has the SHA-256 its case "
                            + "recorded; it is not served. The audit and the operators must look at the blob store."),
                    null);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(bytes.length)
                // the name the case recorded may hold sealed personal data: the download is named by its id
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(attachment.attachmentId() + extension(attachment.mediaType()))
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }

    private static String extension(String mediaType) {
        try {
            return MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtension();
        } catch (MimeTypeException e) {
            return "";
        }
    }

    private static ErrorResponseException gone(String attachmentId, String why) {
        return new ErrorResponseException(HttpStatus.GONE, Problems.of(HttpStatus.GONE, "attachment-gone",
                "Attachment gone", "Attachment " + attachmentId + " is gone: " + why + ". Its record (type, size, "
                        + "SHA-256) stays in the case's history."), null);
    }
}
