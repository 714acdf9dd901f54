package com.serviceledger.command.organisation;

import com.serviceledger.kernel.organisation.DepartmentKind;
import com.serviceledger.platform.web.InputRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The HTTP bodies of the directory commands. Ids are the organisation's own codes. */
final class OrganisationRequests {

    static final String ID = "[A-Za-z0-9._:-]{1,64}";
    static final String ID_MESSAGE = "must be 1–64 letters, digits or . _ : -";
    /** Names are one line: no CR/LF or other control characters (they are logged and listed). */
    static final String LINE = InputRules.SINGLE_LINE;
    static final String LINE_MESSAGE = InputRules.SINGLE_LINE_MESSAGE;

    private OrganisationRequests() {
    }

    record Subsidiary(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String subsidiaryId,
                      @NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
                      @NotBlank @Pattern(regexp = InputRules.TIME_ZONE, message = InputRules.TIME_ZONE_MESSAGE)
                      String timeZone) {
    }

    record Department(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                      @NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
                      @NotNull DepartmentKind kind) {
    }

    record Post(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String postId,
                @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                @NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name) {
    }

    record Hire(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String staffId,
                @NotBlank @Size(max = 100) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
                @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String subsidiaryId,
                @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                @Pattern(regexp = ID, message = ID_MESSAGE) String postId,
                @Pattern(regexp = ID, message = ID_MESSAGE) String supervisorId,
                @Pattern(regexp = ID, message = ID_MESSAGE) String groupLeaderId) {
    }

    record Transfer(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                    @Pattern(regexp = ID, message = ID_MESSAGE) String postId, Instant effectiveFrom) {
    }

    record Supervisor(@Pattern(regexp = ID, message = ID_MESSAGE) String supervisorId,
                      @Pattern(regexp = ID, message = ID_MESSAGE) String groupLeaderId, Instant effectiveFrom) {
    }

    record Departure(Instant effectiveFrom) {
    }
}
