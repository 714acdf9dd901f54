package com.serviceledger.query.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The inbox's event stream ({@code GET /api/notifications/stream}); its heartbeat is the live streams'
 * ({@code serviceledger.query.live.heartbeat}).
 *
 * @param pollInterval how often this JVM's one poller reads new inbox rows while anybody listens
 * @param batchSize    most rows one poll reads (more are read by the next poll)
 * @param bufferSize   rows held for one slow listener; a listener that falls further behind is disconnected
 *                     (an EventSource reconnects, and then reads the inbox)
 */
@ConfigurationProperties("serviceledger.query.inbox")
public record InboxProperties(@DefaultValue("500ms") Duration pollInterval,
                              @DefaultValue("500") int batchSize,
                              @DefaultValue("256") int bufferSize) {
}
