package com.serviceledger.command.attachment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a case accepts as an attachment (the largest size is {@code serviceledger.web.max-attachment-bytes}).
 *
 * @param allowedTypes the media types, as detected from the content, that a case's file may have: documents, images
 *                     and audio recordings (001 §5.1 item 2 names call recordings as evidence)
 */
@ConfigurationProperties("serviceledger.attachments")
public record AttachmentProperties(@DefaultValue({"application/pdf", "text/plain", "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/jpeg", "image/png", "image/gif",
        "image/webp", "image/tiff", "image/heic", "audio/mpeg", "audio/vnd.wave", "audio/x-wav", "audio/ogg",
        "audio/mp4", "audio/amr", "audio/x-m4a", "audio/x-ms-wma"}) List<String> allowedTypes) {

    public AttachmentProperties {
        allowedTypes = List.copyOf(allowedTypes);
    }
}
