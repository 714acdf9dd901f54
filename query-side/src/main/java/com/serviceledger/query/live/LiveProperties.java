package com.serviceledger.query.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live queries and their server-sent event streams.
 *
 * @param minInterval shortest time between two results of one live query (and between its re-reads)
 * @param settle      how long after a change a live query looks again (and once more after three and eight
 *                    times that), besides its first look once the view refreshed for the change
 *                    ({@link ViewRefresher}): the views' own refresh interval, so a look that lost a race
 *                    still sees the change
 * @param heartbeat   how often an idle event stream sends a comment, so proxies keep it open
 */
@ConfigurationProperties("serviceledger.query.live")
public record LiveProperties(@DefaultValue("1s") Duration minInterval,
                             @DefaultValue("1s") Duration settle,
                             @DefaultValue("15s") Duration heartbeat) {
}
