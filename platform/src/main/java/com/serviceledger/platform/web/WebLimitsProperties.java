package com.serviceledger.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry, the same on both sides.
 *
 * @param maxRequestBytes largest request body accepted; a larger one answers 413 before anything reads it (no
 *                        command or filter needs more: the largest valid bodies, policies and inspections, are a
 *                        few KiB). The JSON codec's in-memory limit follows it ({@code spring.codec.max-in-memory-size}).
 * @param maxAttachmentBytes largest file a case's attachment upload may carry (documents, photos, call recordings);
 *                           the upload's request may be this plus the form's envelope ({@link AttachmentUploads})
 */
@ConfigurationProperties("serviceledger.web")
public record WebLimitsProperties(@DefaultValue("256KB") DataSize maxRequestBytes,
                                  @DefaultValue("20MB") DataSize maxAttachmentBytes) {
}
