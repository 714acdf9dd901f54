package com.serviceledger.query.incident;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.incident.DrillEvaluated;
import com.serviceledger.kernel.incident.DrillHeld;
import com.serviceledger.kernel.incident.DrillOverdue;
import com.serviceledger.kernel.incident.DrillPlanned;
import com.serviceledger.kernel.incident.DrillRating;
import com.serviceledger.kernel.incident.DrillWarningRaised;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanPublished;
import com.serviceledger.kernel.incident.PlanContent;
import com.serviceledger.query.view.LocalPeriod;
import com.serviceledger.query.view.OpenCase;
import com.serviceledger.query.view.SequencedView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The emergency plan view document ({@code sq-emergency-plans}): one per subsidiary and kind, with every version
 * (the latest in force, a revision naming its drill) and every drill with its record and evaluation. A drill's
 * local dates ({@code recordedDate}, {@code dueDate}, in the subsidiary's zone) put it in the periods of the unit's
 * evaluation report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class EmergencyPlanView extends SequencedView {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static final class Version {
        private int version;
        private PlanContent content;
        private String afterDrillId;
        private Instant publishedAt;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static final class Drill {
        private String drillId;
        private int planVersion;
        private String scenario;
        private Instant scheduledAt;
        private Instant dueAt;
        private String timeZone;
        private String dueDate;
        private String status;
        private Integer participants;
        private String observations;
        private Instant recordedAt;
        private String recordedDate;
        private Boolean onTime;
        private boolean overdue;
        /** Whether its record's due time was warned of (the SLA board's standing). */
        private boolean warned;
        private DrillRating rating;
        private String findings;
        private Instant evaluatedAt;
        private Integer revisedInVersion;

        private String localDate(Instant at) {
            return LocalPeriod.of(at, ZoneId.of(timeZone == null ? "UTC" : timeZone)).date();
        }
    }

    private String planId;
    private String subsidiaryId;
    private EmergencyKind kind;
    private Integer versionInForce;
    /** The zone of its latest version, for its pages. */
    private String timeZone;
    private List<Version> versions = new ArrayList<>();
    private List<Drill> drills = new ArrayList<>();
    /** Drills planned and not yet recorded. */
    private int openDrills;

    /** For the JSON mappers. */
    EmergencyPlanView() {
    }

    /** The document of a plan no event has touched yet; public for offline replays. */
    public static EmergencyPlanView empty(String planId) {
        EmergencyPlanView view = new EmergencyPlanView();
        view.planId = planId;
        return view;
    }

    @Override
    public String viewId() {
        return planId;
    }

    String subsidiaryId() {
        return subsidiaryId;
    }

    /** The drills planned and not yet recorded, as the SLA board lists them: the record due and how it stands. */
    List<OpenCase> openDrills() {
        return drills.stream().filter(d -> "PLANNED".equals(d.status))
                .map(d -> new OpenCase("drill", d.drillId, subsidiaryId, null, d.status,
                        "drillRecord", d.dueAt, OpenCase.standing(d.overdue, d.warned ? 1 : 0), d.timeZone, null,
                        kind == null ? null : kind.name()))
                .toList();
    }

    @Override
    protected boolean take(Object event) {
        switch (event) {
            case EmergencyPlanPublished e -> {
                subsidiaryId = e.subsidiaryId();
                kind = e.kind();
                versionInForce = e.version();
                timeZone = e.timeZone();
                Version v = new Version();
                v.version = e.version();
                v.content = e.content();
                v.afterDrillId = e.afterDrillId();
                v.publishedAt = e.publishedAt();
                versions.add(v);
                drill(e.afterDrillId()).ifPresent(d -> d.revisedInVersion = e.version());
            }
            case DrillPlanned e -> {
                Drill d = new Drill();
                d.drillId = e.drillId();
                d.planVersion = e.planVersion();
                d.scenario = e.scenario();
                d.scheduledAt = e.scheduledAt();
                d.dueAt = e.dueAt();
                d.timeZone = e.timeZone();
                d.dueDate = d.localDate(e.dueAt());
                d.status = "PLANNED";
                drills.add(d);
                openDrills++;
            }
            case DrillHeld e -> drill(e.drillId()).ifPresent(d -> {
                d.status = "HELD";
                d.participants = e.participants();
                d.observations = e.observations();
                d.recordedAt = e.recordedAt();
                d.recordedDate = d.localDate(e.recordedAt());
                d.onTime = e.onTime();
                openDrills--;
            });
            case DrillEvaluated e -> drill(e.drillId()).ifPresent(d -> {
                d.status = "EVALUATED";
                d.rating = e.rating();
                d.findings = e.findings();
                d.evaluatedAt = e.evaluatedAt();
            });
            case DrillOverdue e -> drill(e.drillId()).ifPresent(d -> d.overdue = true);
            case DrillWarningRaised e -> drill(e.drillId()).ifPresent(d -> d.warned = true);
            default -> {
                return false;
            }
        }
        return true;
    }

    private Optional<Drill> drill(String drillId) {
        return drillId == null ? Optional.empty()
                : drills.stream().filter(d -> d.drillId.equals(drillId)).findFirst();
    }
}
