package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.ServiceRequestPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * The service request settings ({@code serviceledger.policy.service-request.*}) and their per-subsidiary
 * overrides ({@code …service-request.subsidiaries.<id>.*}), which inherit every value they do not set.
 *
 * @param responseMinutes the first response target (001 §2.2.1 "[X] minutes"); a bare number is minutes
 * @param surveyWindow    after acceptance, the customer's time for the survey before the request is closed
 *                        without one (7 days)
 */
public record ServiceRequestPolicyProperties(@DefaultValue("default-1") String version,
                                             @DefaultValue("Asia/Shanghai") ZoneId zone,
                                             @DefaultValue("30") @DurationUnit(ChronoUnit.MINUTES)
                                             Duration responseMinutes,
                                             @DefaultValue({"50", "80"}) List<Integer> warningPercents,
                                             Map<String, SubsidiaryOverride> subsidiaries,
                                             @DefaultValue("7d") Duration surveyWindow) {

    public ServiceRequestPolicyProperties {
        subsidiaries = subsidiaries == null ? Map.of() : Map.copyOf(subsidiaries);
    }

    /** A subsidiary's differences from the default; null means "as the default". */
    public record SubsidiaryOverride(String version, ZoneId zone, @DurationUnit(ChronoUnit.MINUTES) Duration responseMinutes,
                           List<Integer> warningPercents, Duration surveyWindow) {
    }

    ServiceRequestPolicy toPolicy() {
        return new ServiceRequestPolicy(version, zone, responseMinutes, warningPercents, surveyWindow);
    }

    ServiceRequestPolicy toPolicy(SubsidiaryOverride o) {
        return new ServiceRequestPolicy(o.version() != null ? o.version() : version,
                o.zone() != null ? o.zone() : zone,
                o.responseMinutes() != null ? o.responseMinutes() : responseMinutes,
                o.warningPercents() != null ? o.warningPercents() : warningPercents,
                o.surveyWindow() != null ? o.surveyWindow() : surveyWindow);
    }
}
