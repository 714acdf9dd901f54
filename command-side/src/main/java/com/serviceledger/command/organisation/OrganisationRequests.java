package com.serviceledger.command.organisation;

import com.serviceledger.kernel.organisation.DepartmentKind;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.platform.web.InputRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
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
                @Pattern(regexp = ID, message = ID_MESSAGE) String groupLeaderId,
                @Email @Size(max = 254) @Pattern(regexp = InputRules.EMAIL, message = InputRules.EMAIL_MESSAGE)
                String email,
                @Schema(allowableValues = {"zh-CN", "en"})
                @Pattern(regexp = Language.TAGS, message = Language.TAGS_MESSAGE) String language) {
    }

    /** A staff member's contact channels: the ones named change, the others stay. */
    @Schema(name = "ChangeStaffContact")
    record Contact(@Email @Size(max = 254) @Pattern(regexp = InputRules.EMAIL, message = InputRules.EMAIL_MESSAGE)
                   String email,
                   @Schema(allowableValues = {"zh-CN", "en"})
                   @Pattern(regexp = Language.TAGS, message = Language.TAGS_MESSAGE) String language) {

        @AssertTrue(message = "give an e-mail address or a language")
        public boolean isEmailOrLanguage() {
            return email != null || language != null;
        }
    }

    /** A position held by a staff member, to appoint or relieve them: for a department head, of a department. */
    @Schema(name = "PositionHolding")
    record Position(@NotNull UnitPosition position,
                    @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String staffId,
                    @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId) {
    }

    /** Who is told about an inspected unit: its contractor's contact (per contractor) or its owners' committee's. */
    @Schema(name = "RegisterUnitContact")
    record UnitContact(@NotBlank @Pattern(regexp = InputRules.UNIT_ID, message = InputRules.UNIT_ID_MESSAGE)
                       String siteId,
                       @Pattern(regexp = InputRules.UNIT_ID, message = InputRules.UNIT_ID_MESSAGE) String contractorId,
                       @NotNull UnitContactKind kind,
                       @NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
                       @NotBlank @Email @Size(max = 254)
                       @Pattern(regexp = InputRules.EMAIL, message = InputRules.EMAIL_MESSAGE) String email,
                       @Schema(allowableValues = {"zh-CN", "en"})
                       @Pattern(regexp = Language.TAGS, message = Language.TAGS_MESSAGE) String language) {
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
