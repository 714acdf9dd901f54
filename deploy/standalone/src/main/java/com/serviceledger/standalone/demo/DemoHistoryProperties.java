package com.serviceledger.standalone.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo data: the organisation, and optionally months of simulated activity before today.
 *
 * @param enabled                 create the demo organisation on the first start
 * @param historyDays             days of activity to simulate into an empty data directory (0: none)
 * @param complaintsPerDay        mean complaints a day per subsidiary
 * @param serviceRequestsPerDay   mean service requests a day per subsidiary
 * @param ratingsPerDay           mean follow-up ratings a day per subsidiary
 * @param seed                    the same seed plans the same history
 */
@ConfigurationProperties("serviceledger.demo")
public record DemoHistoryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0") int historyDays,
                                    @DefaultValue("0.6") double complaintsPerDay,
                                    @DefaultValue("14") double serviceRequestsPerDay,
                                    @DefaultValue("3") double ratingsPerDay, @DefaultValue("20261125") long seed) {
}
