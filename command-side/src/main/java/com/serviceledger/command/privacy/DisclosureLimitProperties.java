package com.serviceledger.command.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many clear customer contacts one user may have disclosed within a sliding window, per command-side
 * instance. The default, 20 in 10 minutes, is well above what an agent calling customers back does (a call
 * takes minutes) and lets a burst of case work through, while capping a harvest at 120 contacts an hour
 * instead of the thousands a script could read.
 *
 * @param perUser successful disclosures per user within {@code window}; at least 1
 * @param window  the sliding window; positive
 */
@ConfigurationProperties("serviceledger.privacy.disclosure-limit")
public record DisclosureLimitProperties(@DefaultValue("20") int perUser, @DefaultValue("10m") Duration window) {

    public DisclosureLimitProperties {
        if (perUser < 1) {
            throw new IllegalStateException("serviceledger.privacy.disclosure-limit.per-user must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalStateException("serviceledger.privacy.disclosure-limit.window must be positive");
        }
    }
}
