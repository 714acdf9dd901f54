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
 * @param staffAlias      staff members with their history
 * @param subsidiaryAlias subsidiaries with departments and posts
 * @param policyAlias     each subsidiary's policy in force
 */
@ConfigurationProperties("serviceledger.query.organisation-view")
public record OrganisationViewProperties(@DefaultValue("sq-staff") String staffAlias,
                                         @DefaultValue("sq-subsidiaries") String subsidiaryAlias,
                                         @DefaultValue("sq-policies") String policyAlias,
                                         @DefaultValue("0") int replicas,
                                         @DefaultValue("1s") String refreshInterval,
                                         @DefaultValue("100") int batchSize,
                                         @DefaultValue("1") int threadCount,
                                         @DefaultValue("1") int segmentCount,
                                         @DefaultValue("2s") Duration tokenClaimInterval)
        implements ProcessorSettings {

    IndexSettings staff() {
        return index(staffAlias, "elasticsearch/staff-mapping-v%d.json");
    }

    IndexSettings subsidiaries() {
        return index(subsidiaryAlias, "elasticsearch/subsidiaries-mapping-v%d.json");
    }

    IndexSettings policies() {
        return index(policyAlias, "elasticsearch/policies-mapping-v%d.json");
    }

    private IndexSettings index(String alias, String mapping) {
        return new SimpleIndexSettings(alias, 1, 1, replicas, refreshInterval, mapping);
    }
}
