package com.serviceledger.command.complaint;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.complaint.Urgency;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The HTTP bodies of the complaint commands; validated before any command is built. */
public final class ComplaintRequests {

    /** Ids of units and people: letters, digits and . _ : - (they end up in index keys and URLs). */
    static final String ID = "[A-Za-z0-9._:-]{1,64}";
    static final String ID_MESSAGE = "must be 1–64 letters, digits or . _ : -";

    private ComplaintRequests() {
    }

    @Schema(name = "ComplaintCustomer")
    public record Customer(@NotBlank @Size(max = 100) String name,
                           @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number") String phone,
                           @Email @Size(max = 254) String email) {

        @AssertTrue(message = "give a phone number or an email address")
        public boolean isReachable() {
            return (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        }
    }

    @Schema(name = "ComplaintTarget")
    public record Target(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String subsidiaryId,
                         @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                         @Pattern(regexp = ID, message = ID_MESSAGE) String postId,
                         @Pattern(regexp = ID, message = ID_MESSAGE) String staffId) {
    }

    @Schema(name = "ReceiveComplaint")
    public record Receive(@NotNull Channel channel, @NotNull @Valid Customer customer,
                          @NotBlank @Size(max = 4000) String content, @Size(max = 2000) String demand,
                          @NotNull @Valid Target target, @NotNull Urgency urgency) {
    }

    public record Dismiss(@NotBlank @Size(max = 2000) String explanation) {
    }

    public record Forward(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                          @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String departmentHeadId) {
    }

    /** {@code contactedBy}: who called the customer; left out, the logged-in staff member. */
    public record Contact(@Pattern(regexp = ID, message = ID_MESSAGE) String contactedBy,
                          @NotBlank @Size(max = 4000) String proposedSolution) {
    }

    /** The handler named for the complaint (by the department head). */
    public record Handler(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String handlerId) {
    }

    /** {@code handlerId}: who arrived on site; left out, the logged-in staff member. */
    public record OnSite(@Pattern(regexp = ID, message = ID_MESSAGE) String handlerId) {
    }

    public record Resolve(@NotBlank @Size(max = 4000) String resolution) {
    }

    public record RejectSolution(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Callback(@NotNull @Min(1) @Max(5) Integer satisfaction, @NotNull Boolean solutionAccepted,
                           @Size(max = 2000) String comment) {
    }

    /** The department's investigation result (001 §3.3 item 2). */
    public record InvestigationResult(@NotBlank @Size(max = 4000) String findings) {
    }

    /** The department's solution, to the service staff (001 §3.3 item 3). */
    public record Solution(@NotBlank @Size(max = 4000) String solution) {
    }

    /** The department head's report of the result to the operations staff (002 第4篇 六.1). */
    public record ResultReport(@NotBlank @Size(max = 4000) String result) {
    }

    /** The final result and the overall evaluation of the handling, 1 (poor) to 5 (excellent) (002 第4篇 六.2). */
    public record Outcome(@NotBlank @Size(max = 4000) String finalResult,
                          @NotNull @Min(1) @Max(5) Integer evaluation) {
    }

    public record Verify(@Pattern(regexp = ID, message = ID_MESSAGE) String responsibleStaffId,
                         @NotNull MisconductCategory misconduct, @NotBlank @Size(max = 4000) String findings,
                         MisconductGrade grade,
                         @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be a behaviour code such as "
                                 + "COLD_ATTITUDE") String behaviour,
                         @Min(0) @Max(100) Integer points) {
    }

    /** {@code decidedBy}: who decided; left out, the logged-in staff member. */
    public record CloseUnresolved(@Pattern(regexp = ID, message = ID_MESSAGE) String decidedBy,
                                  @NotBlank @Size(max = 2000) String reason) {
    }

    /** The complained-about unit of a department complaint: a department of the subsidiary is always named. */
    @Schema(name = "DepartmentComplaintTarget")
    public record DepartmentTarget(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String subsidiaryId,
                                   @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String departmentId,
                                   @Pattern(regexp = ID, message = ID_MESSAGE) String postId,
                                   @Pattern(regexp = ID, message = ID_MESSAGE) String staffId) {
    }

    /**
     * A department complains about another of its subsidiary (002 第5篇 二.2); no customer. {@code raisedBy}: the
     * complaining department's staff member who raises it; left out, the logged-in staff member.
     */
    @Schema(name = "ReceiveDepartmentComplaint")
    public record ReceiveFromDepartment(@NotNull Channel channel,
                                       @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE)
                                       String complainingDepartmentId,
                                       @Pattern(regexp = ID, message = ID_MESSAGE) String raisedBy,
                                       @NotBlank @Size(max = 4000) String content, @Size(max = 2000) String demand,
                                       @NotNull @Valid DepartmentTarget target, @NotNull Urgency urgency) {
    }
}
