package com.serviceledger.command.improvement;

import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.improvement.CauseKind;
import com.serviceledger.kernel.improvement.ImprovementCause;
import com.serviceledger.platform.web.InputRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/** The HTTP bodies of the improvement-action commands; validated before any command is built. */
public final class ImprovementRequests {

    static final String ID = "[A-Za-z0-9._:-]{1,64}";
    static final String ID_MESSAGE = "must be 1–64 letters, digits or . _ : -";
    /** The shape of each cause's reference; a period is a month, a quarter or a year. */
    private static final Map<CauseKind, String> REFERENCE = Map.of(
            CauseKind.COMPLAINT, "CMP-[A-Za-z0-9-]{1,60}",
            CauseKind.UNIT_EVALUATION, "\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?",
            CauseKind.QUALITY_MONTH, "QM:[A-Za-z0-9._:-]{1,200}",
            CauseKind.INCIDENT_REVIEW, "[A-Za-z0-9._:-]{1,64}");

    private ImprovementRequests() {
    }

    /**
     * @param reference a complaint id, a period (2026-03, 2026-Q1, 2026), a quality month id, or an incident id
     */
    @Schema(name = "ImprovementCause")
    public record Cause(@NotNull CauseKind kind, @NotBlank @Size(max = 200) String reference) {

        ImprovementCause toCause() {
            if (!reference.matches(REFERENCE.get(kind))) {
                throw new InvalidInput("cause.reference", "is no reference of a " + kind + " cause");
            }
            return new ImprovementCause(kind, reference);
        }
    }

    /** {@code departmentId} left out: an action of the whole subsidiary. */
    @Schema(name = "RaiseImprovementAction")
    public record Raise(@NotBlank @Pattern(regexp = InputRules.UNIT_ID, message = InputRules.UNIT_ID_MESSAGE)
                        String subsidiaryId,
                        @Pattern(regexp = InputRules.UNIT_ID, message = InputRules.UNIT_ID_MESSAGE) String departmentId,
                        @NotNull @Valid Cause cause, @NotBlank @Size(max = 2000) String measure,
                        @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String ownerId,
                        @NotNull Instant dueAt) {
    }

    @Schema(name = "ImprovementProgress")
    public record Progress(@NotBlank @Size(max = 2000) String note) {
    }

    @Schema(name = "ImprovementDone")
    public record Complete(@Size(max = 2000) String note) {
    }

    /** {@code newDueAt}: required when not effective (the action is reopened), refused when effective. */
    @Schema(name = "ImprovementEffectCheck")
    public record Check(@NotNull Boolean effective, @Size(max = 2000) String note, Instant newDueAt) {
    }
}
