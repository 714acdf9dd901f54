package com.serviceledger.command.incident;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.incident.DrillRating;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.incident.PlanContent;
import com.serviceledger.platform.web.InputRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;

/** The HTTP bodies of the emergency plan, drill and incident commands; validated before any command is built. */
public final class IncidentRequests {

    static final String ID = "[A-Za-z0-9._:-]{1,64}";
    static final String ID_MESSAGE = "must be 1–64 letters, digits or . _ : -";
    /** A plan's sections are documents, not notes. */
    static final int SECTION = 8000;
    static final int TEXT = 2000;

    private IncidentRequests() {
    }

    /** The kind of emergency in a plan's path: a kind there is none of names no plan (404, as an unknown id). */
    static EmergencyKind kindOf(String subsidiaryId, String kind) {
        try {
            return EmergencyKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new AggregateNotFoundException(subsidiaryId + "/" + kind, "No such emergency plan");
        }
    }

    /** The number of a support request in a path: one that is no number names no request (404). */
    static int requestNoOf(String incidentId, String requestNo) {
        try {
            return Integer.parseInt(requestNo);
        } catch (NumberFormatException e) {
            throw new AggregateNotFoundException(incidentId, "No such support request");
        }
    }

    /** A plan version: every section is required (000 §8 (一): 應明確…). */
    @Schema(name = "EmergencyPlanVersion")
    public record PublishPlan(@NotBlank @Size(max = SECTION) String procedure,
                              @NotBlank @Size(max = SECTION) String duties,
                              @NotBlank @Size(max = SECTION) String resources,
                              @NotBlank @Size(max = SECTION) String organisation,
                              @Pattern(regexp = ID, message = ID_MESSAGE) String afterDrillId) {

        PlanContent content() {
            return new PlanContent(procedure, duties, resources, organisation);
        }
    }

    @Schema(name = "EmergencyDrillPlan")
    public record PlanDrill(@NotNull Instant scheduledAt, @NotBlank @Size(max = TEXT) String scenario) {
    }

    @Schema(name = "EmergencyDrillRecord")
    public record RecordDrill(@Min(1) @Max(100000) int participants,
                              @NotBlank @Size(max = TEXT) String observations) {
    }

    @Schema(name = "EmergencyDrillEvaluation")
    public record EvaluateDrill(@NotNull DrillRating rating, @NotBlank @Size(max = TEXT) String findings) {
    }

    @Schema(name = "IncidentUnit")
    public record Unit(@NotBlank @Pattern(regexp = InputRules.UNIT_ID, message = InputRules.UNIT_ID_MESSAGE)
                       String subsidiaryId,
                       @Pattern(regexp = InputRules.UNIT_ID, message = InputRules.UNIT_ID_MESSAGE)
                       String departmentId) {

        OrgUnit toUnit() {
            return new OrgUnit(subsidiaryId, departmentId == null || departmentId.isBlank() ? null : departmentId);
        }
    }

    @Schema(name = "IncidentDeclaration")
    public record Declare(@NotNull @Valid Unit unit, @NotNull EmergencyKind kind, @NotNull IncidentSeverity severity,
                          @NotBlank @Size(max = TEXT) String description) {
    }

    @Schema(name = "IncidentReport")
    public record Report(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String reportedTo,
                         @NotBlank @Size(max = TEXT) String summary) {
    }

    @Schema(name = "IncidentSupportRequest")
    public record RequestSupport(@NotBlank @Size(max = 200) @Pattern(regexp = InputRules.SINGLE_LINE,
                                         message = InputRules.SINGLE_LINE_MESSAGE) String requestedFrom,
                                 @NotBlank @Size(max = TEXT) String need) {
    }

    @Schema(name = "IncidentSupportRecord")
    public record RecordSupport(@NotBlank @Size(max = TEXT) String provided) {
    }

    @Schema(name = "IncidentResolution")
    public record Resolve(@NotBlank @Size(max = TEXT) String resolution) {
    }

    /** The review's findings and the improvement actions it calls for, one line each. */
    @Schema(name = "IncidentReview")
    public record Review(@NotBlank @Size(max = TEXT) String findings,
                         @Size(max = 20) List<@NotBlank @Size(max = 500) String> improvementActions) {
    }

    @Schema(name = "ComplaintToIncident")
    public record RaiseComplaint(@NotNull IncidentSeverity severity) {
    }
}
