package com.serviceledger.command.attachment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.NewAttachment;
import com.serviceledger.platform.privacy.CustomerVault;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attachments of one case, as part of its aggregate: decides {@link AttachmentAdded} in the case's own stream
 * and remembers each content once, so uploading the same file again answers the first attachment's id.
 */
public final class CaseAttachments {

    /** Attachment id by content hash, in the order added. */
    private final Map<String, String> idByHash = new LinkedHashMap<>();

    /**
     * Records the attachment unless the case has this content already.
     *
     * @param customerId the case's customer (whose key seals personal data in the file name), or null
     * @return the attachment's id: the new one, or the one the same content was attached under before
     */
    public String add(String caseId, NewAttachment attachment, String customerId, String subsidiaryId,
                      CustomerVault vault, Clock clock) {
        String existing = idByHash.get(attachment.sha256());
        if (existing != null) {
            return existing;
        }
        apply(new AttachmentAdded(caseId, attachment.attachmentId(),
                vault.protectText(attachment.fileName(), customerId, subsidiaryId), attachment.mediaType(),
                attachment.size(), attachment.sha256(), attachment.addedBy(), clock.instant()));
        return attachment.attachmentId();
    }

    /** The content hashes of the case's files: what an erasure of its customer deletes from the blob store. */
    public List<String> hashes() {
        return List.copyOf(idByHash.keySet());
    }

    public void on(AttachmentAdded event) {
        idByHash.putIfAbsent(event.sha256(), event.attachmentId());
    }
}
