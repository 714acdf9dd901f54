package com.serviceledger.kernel.common;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A file was attached to this case (a complaint, service request, inspection or rectification): its evidence or
 * documents (001 §5.1 item 2: call recordings as evidence). The content's SHA-256 is recorded here, so the event
 * store's hash chain covers the file; the bytes live in the blob store. The file name's personal data (phones,
 * e-mails, ID-card numbers) is sealed under the customer's key, as the case's free text.
 */
@Revision("1")
public record AttachmentAdded(String caseId, String attachmentId, String fileName, String mediaType, long size,
                              String sha256, String addedBy, Instant addedAt) {
}
