package com.serviceledger.command.scoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The HTTP bodies of the scoring commands; validated before any command is built. */
public final class ScoringRequests {

    /** Ids end up in aggregate keys ({@code SC:staff:month}) and URLs. */
    static final String ID = "[A-Za-z0-9._-]{1,64}";
    static final String ID_MESSAGE = "must be 1–64 letters, digits or . _ -";
    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    static final String MONTH_MESSAGE = "must be a month, yyyy-MM";

    private ScoringRequests() {
    }

    @Schema(name = "CloseScorecardMonth")
    public record CloseMonth(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String staffId,
                             @NotBlank @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String month) {
    }

    public record NominateStar(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String subsidiaryId,
                               @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                               @NotBlank @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String month,
                               @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String staffId) {
    }
}
