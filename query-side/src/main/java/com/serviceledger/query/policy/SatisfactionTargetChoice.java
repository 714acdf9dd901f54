package com.serviceledger.query.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which satisfaction target judges a figure, for the metrics API and its offline replay alike: a subsidiary's own
 * figures (filtered to it, or grouped by subsidiary) its policy's target in force at the period's end; figures of
 * several subsidiaries together (the group) the configured default, and each says which it used.
 *
 * @param filteredSubsidiary the subsidiary the request filters to, or null
 * @param bySubsidiary       the request groups by subsidiary: each group is one
 */
public record SatisfactionTargetChoice(SatisfactionTargets.Timeline timeline, double defaultTarget,
                                       String filteredSubsidiary, boolean bySubsidiary) {

    /** The subsidiary's policy version in force at the period's end. */
    public static final String POLICY = "policy";
    /** {@code serviceledger.query.metrics.target-csat-percent}: no subsidiary's policy applies. */
    public static final String DEFAULT = "default";
    /** Each group (subsidiary) judged against its own policy in force at each period's end. */
    public static final String PER_SUBSIDIARY = "per-subsidiary";

    /** The bucket's target, meets-target and target source, put beside its figures. */
    public void judge(Map<String, Object> details, String group, LocalDate periodEnd, Double csat) {
        Double own = own(bySubsidiary ? group : filteredSubsidiary, periodEnd);
        double target = own == null ? defaultTarget : own;
        details.put("meetsTarget", csat == null ? null : csat >= target);
        details.put("targetCsat", target);
        details.put("targetSource", own == null ? DEFAULT : POLICY);
    }

    /** The report's target: the subsidiary's at the end of the whole range, or the default (or per group). */
    public Map<String, Object> reportDetails(LocalDate to) {
        Double own = bySubsidiary ? null : own(filteredSubsidiary, to);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("targetCsat", own == null ? defaultTarget : own);
        details.put("targetSource", bySubsidiary ? PER_SUBSIDIARY : own == null ? DEFAULT : POLICY);
        return details;
    }

    private Double own(String subsidiaryId, LocalDate periodEnd) {
        Integer percent = subsidiaryId == null ? null : timeline.percentAt(subsidiaryId, periodEnd);
        return percent == null ? null : percent / 100.0;
    }
}
