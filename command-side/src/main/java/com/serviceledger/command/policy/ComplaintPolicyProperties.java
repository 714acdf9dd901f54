package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.DayKind;
import com.serviceledger.kernel.policy.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** One subsidiary's complaint SLA settings; the defaults are the regulations' figures. */
public record ComplaintPolicyProperties(@DefaultValue("default-1") String version,
                                        @DefaultValue("Asia/Shanghai") ZoneId zone,
                                        @DefaultValue("30m") Duration contactTarget,
                                        @DefaultValue("4h") Duration contactHardLimit,
                                        @DefaultValue("10m") Duration onSiteTarget,
                                        @DefaultValue("2") int resolutionDays,
                                        @DefaultValue("CALENDAR") DayKind resolutionDayKind,
                                        Set<LocalDate> holidays,
                                        @DefaultValue({"50", "80"}) List<Integer> warningPercents,
                                        @DefaultValue("2") int escalateAfterRejections,
                                        @DefaultValue("7d") Duration escalateAfter,
                                        @DefaultValue("1") int investigationDays,
                                        @DefaultValue("1") int solutionDays,
                                        @DefaultValue("3") int replyDays,
                                        @DefaultValue("CALENDAR") DayKind replyDayKind) {

    ComplaintPolicy toPolicy() {
        return new ComplaintPolicy(version, zone, contactTarget, contactHardLimit, onSiteTarget, resolutionDays,
                resolutionDayKind, new WorkingCalendar(holidays), warningPercents, escalateAfterRejections,
                escalateAfter, investigationDays, solutionDays, replyDays, replyDayKind);
    }
}
