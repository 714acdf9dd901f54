package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.DayKind;
import com.serviceledger.kernel.policy.PolicyTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The HTTP body of a policy publication (durations in ISO-8601, e.g. PT30M). */
final class PolicyRequests {

    private PolicyRequests() {
    }

    record Complaint(@NotNull Duration contactTarget, @NotNull Duration contactHardLimit,
                     @NotNull Duration onSiteTarget, @Min(1) @Max(60) int resolutionDays,
                     @NotNull DayKind resolutionDayKind,
                     @NotNull @Size(max = 5) List<@NotNull @Min(1) @Max(99) Integer> warningPercents) {

        ComplaintTerms toTerms() {
            return new ComplaintTerms(contactTarget, contactHardLimit, onSiteTarget, resolutionDays,
                    resolutionDayKind, warningPercents);
        }
    }

    record Publish(@NotBlank @Size(max = 64) String timeZone, @Size(max = 400) Set<LocalDate> holidays,
                   @Min(1) @Max(100) int satisfactionTargetPercent, @NotNull @Valid Complaint complaint) {

        PolicyTerms toTerms() {
            return new PolicyTerms(timeZone, holidays, satisfactionTargetPercent, complaint.toTerms());
        }
    }
}
