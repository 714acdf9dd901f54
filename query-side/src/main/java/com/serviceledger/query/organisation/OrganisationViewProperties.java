package com.serviceledger.query.organisation;

import com.serviceledger.query.view.IndexSettings;
import com.serviceledger.query.view.ProcessorSettings;
import com.serviceledger.query.view.SimpleIndexSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory and policy views: small, slowly changing indices fed by one processor.
 *
 * @param staffAlias        staff members with their history and contact channels
 * @param staffVersion      the staff index's mapping version (v2: e-mail and language)
 * @param subsidiaryAlias   subsidiaries with departments, posts, position holders and unit contacts
 * @param subsidiaryVersion the subsidiaries index's mapping version (v2: positions and unit contacts)
 * @param policyAlias       each subsidiary's policy in force
 */
@ConfigurationProperties("serviceledger.query.organisation-view")
public record OrganisationViewProperties(@DefaultValue("sq-staff") String staffAlias,
                                         @DefaultValue("2") int staffVersion,
                                         @DefaultValue("sq-subsidiaries") String subsidiaryAlias,
                                         @DefaultValue("2") int subsidiaryVersion,
                                         @DefaultValue("sq-policies") String policyAlias,
                                         @DefaultValue("0") int replicas,
                                         @DefaultValue("1s") String refreshInterval,
                                         @DefaultValue("100") int batchSize,
                                         @DefaultValue("1") int threadCount,
                                         @DefaultValue("1") int segmentCount,
                                         @DefaultValue("2s") Duration tokenClaimInterval)
        implements ProcessorSettings {

    IndexSettings staff() {
        return index(staffAlias, staffVersion, "elasticsearch/staff-mapping-v%d.json");
    }

    IndexSettings subsidiaries() {
        return index(subsidiaryAlias, subsidiaryVersion, "elasticsearch/subsidiaries-mapping-v%d.json");
    }

    IndexSettings policies() {
        return index(policyAlias, 1, "elasticsearch/policies-mapping-v%d.json");
    }

    private IndexSettings index(String alias, int version, String mapping) {
        return new SimpleIndexSettings(alias, version, 1, replicas, refreshInterval, mapping);
    }
}
