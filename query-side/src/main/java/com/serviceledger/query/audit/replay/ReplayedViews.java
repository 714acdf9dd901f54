package com.serviceledger.query.audit.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.platform.axon.EventUpcasters;
import com.serviceledger.platform.axon.SerializerConfiguration;
import com.serviceledger.query.complaint.ComplaintView;
import com.serviceledger.query.improvement.ImprovementActionView;
import com.serviceledger.query.incident.EmergencyPlanView;
import com.serviceledger.query.incident.IncidentView;
import com.serviceledger.query.inspection.InspectionView;
import com.serviceledger.query.inspection.QualityMonthView;
import com.serviceledger.query.inspection.RectificationView;
import com.serviceledger.query.organisation.PolicyView;
import com.serviceledger.query.organisation.StaffView;
import com.serviceledger.query.organisation.SubsidiaryView;
import com.serviceledger.query.policy.SatisfactionTargetView;
import com.serviceledger.query.satisfaction.RatingView;
import com.serviceledger.query.scoring.ScorecardView;
import com.serviceledger.query.servicerequest.ServiceRequestView;
import com.serviceledger.query.view.SequencedView;
import com.serviceledger.kernel.policy.PolicyPublished;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * Folds stored events into the same view documents the projections write (complaints, service requests, ratings,
 * rectifications, inspections, staff scorecards, quality months, the directory's staff, subsidiaries and policies,
 * improvement actions, incidents, emergency plans and the policies' satisfaction targets), in memory: no Spring, no
 * Elasticsearch. Payloads are read with Axon's own event mapper ({@link SerializerConfiguration#axonObjectMapper()})
 * after the event store's upcaster chain ({@link EventUpcasters}), so a stored older revision folds as the live
 * projections see it; events of other aggregates (staff records, star boards) are passed over unread.
 * <p>
 * Like the live views, a document whose event cannot be read or applied stops there: the live side parks
 * that aggregate's events in its dead-letter queue, so its document keeps the state before them. Each such
 * case is listed in {@link #problems()}.
 */
public final class ReplayedViews {

    /** The view kinds, by the kernel package of their events. */
    public enum Kind {
        COMPLAINT("complaint"), SERVICE_REQUEST("service-request"), RATING("rating"),
        RECTIFICATION("rectification"), INSPECTION("inspection"), SCORECARD("scorecard"),
        QUALITY_MONTH("quality-month"), STAFF("staff"), SUBSIDIARY("subsidiary"), POLICY("policy"),
        IMPROVEMENT_ACTION("improvement-action"), INCIDENT("incident"), EMERGENCY_PLAN("emergency-plan"),
        /** One document per published policy version ({@code <subsidiary>/v<n>}), from the policy's stream. */
        SATISFACTION_TARGET("satisfaction-target");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final String KERNEL = "com.serviceledger.kernel.";
    /** Kinds whose kernel package holds other aggregates too, so their aggregate type names them. */
    private static final Map<String, Kind> BY_AGGREGATE = Map.of("Scorecard", Kind.SCORECARD,
            "QualityMonth", Kind.QUALITY_MONTH, "StaffMember", Kind.STAFF, "Subsidiary", Kind.SUBSIDIARY,
            "SubsidiaryPolicy", Kind.POLICY, "ImprovementAction", Kind.IMPROVEMENT_ACTION,
            "Incident", Kind.INCIDENT, "EmergencyPlan", Kind.EMERGENCY_PLAN);

    private final Map<Kind, Map<String, SequencedView>> views = new LinkedHashMap<>();
    private final Set<String> parked = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final List<PolicyPublished> policyVersions = new ArrayList<>();
    private final StoredEventReader reader;
    private long read;
    private long applied;

    /** With the event store's own upcaster chain. */
    public ReplayedViews() {
        this(EventUpcasters.chain());
    }

    public ReplayedViews(EventUpcaster upcasters) {
        this.reader = new StoredEventReader(upcasters, problems);
        for (Kind kind : Kind.values()) {
            views.put(kind, new LinkedHashMap<>());
        }
    }

    /** Applies one event (in global order) to its document; events no view takes are passed over. */
    public void fold(ExportedEvent event) {
        read++;
        List<Kind> kinds = kindsOf(event.payloadType(), event.aggregateType());
        if (kinds.isEmpty() || parked.contains(event.aggregateId())) {
            return;
        }
        if (event.payload() == null || !event.payload().isObject()) {
            if (reader.type(event.payloadType()) != null) {
                park(event, "its stored payload is not a JSON object");
            }
            return;
        }
        try {
            // as Axon reads its timestamp column, whatever the number of fraction digits
            Instant at = DateTimeUtils.parseInstant(event.timestamp());
            for (IntermediateEventRepresentation current : reader.upcast(event).toList()) {
                Object payload = reader.payload(current);
                if (payload != null) {
                    kinds.forEach(kind -> apply(kind, event, payload, at));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            park(event, e.getMessage());
        }
    }

    private void apply(Kind kind, ExportedEvent event, Object payload, Instant at) {
        if (payload instanceof PolicyPublished published) {
            // every version, not only the one in force now: a period is judged by the one in force at its end
            policyVersions.add(published);
        }
        Map<String, SequencedView> ofKind = views.get(kind);
        String key = documentKey(kind, event.aggregateId(), payload);
        if (key == null) {
            return;
        }
        SequencedView view = ofKind.get(key);
        SequencedView target = view != null ? view : empty(kind).apply(key);
        if (target.fold(payload, event.sequence(), at)) {
            applied++;
            if (view == null) {
                ofKind.put(key, target);
            }
        }
    }

    /**
     * The document an event goes to: its aggregate's, except a satisfaction target's, one per policy version (null
     * for the policy's other events).
     */
    private static String documentKey(Kind kind, String aggregateId, Object payload) {
        if (kind != Kind.SATISFACTION_TARGET) {
            return aggregateId;
        }
        return payload instanceof PolicyPublished published ? SatisfactionTargetView.idOf(published) : null;
    }

    private void park(ExportedEvent event, String why) {
        parked.add(event.aggregateId());
        problems.add("event " + event.globalIndex() + " (" + simpleName(event.payloadType()) + " of "
                + event.aggregateId() + ", sequence " + event.sequence() + ") could not be applied: " + why
                + "; its document stays as before, as the live view parks it");
    }

    private static Function<String, SequencedView> empty(Kind kind) {
        return switch (kind) {
            case COMPLAINT -> ComplaintView::empty;
            case SERVICE_REQUEST -> ServiceRequestView::empty;
            case RATING -> RatingView::empty;
            case RECTIFICATION -> RectificationView::empty;
            case INSPECTION -> InspectionView::empty;
            case SCORECARD -> ScorecardView::empty;
            case QUALITY_MONTH -> QualityMonthView::empty;
            case STAFF -> StaffView::empty;
            case SUBSIDIARY -> SubsidiaryView::empty;
            // the stream is the policy's; its first event names the subsidiary, the document's id
            case POLICY -> PolicyView::empty;
            case IMPROVEMENT_ACTION -> ImprovementActionView::empty;
            case INCIDENT -> IncidentView::empty;
            case EMERGENCY_PLAN -> EmergencyPlanView::empty;
            case SATISFACTION_TARGET -> SatisfactionTargetView::empty;
        };
    }

    /** The views that take events of this type: a published policy is its policy's and its satisfaction target's. */
    static List<Kind> kindsOf(String payloadType, String aggregateType) {
        Kind kind = kindOf(payloadType, aggregateType);
        if (kind == null) {
            return List.of();
        }
        return kind == Kind.POLICY && payloadType.equals(PolicyPublished.class.getName())
                ? List.of(Kind.POLICY, Kind.SATISFACTION_TARGET) : List.of(kind);
    }

    /**
     * Which view takes events of this type: the kernel package names the feature; the customer's events
     * (erasure, disclosure) are shared by the case types, and the scoring, inspection and organisation packages
     * hold several aggregates each, so there the aggregate type names it.
     */
    static Kind kindOf(String payloadType, String aggregateType) {
        if (payloadType == null || !payloadType.startsWith(KERNEL)) {
            return null;
        }
        Kind byAggregate = aggregateType == null ? null : BY_AGGREGATE.get(aggregateType);
        if (byAggregate != null) {
            return byAggregate;
        }
        String rest = payloadType.substring(KERNEL.length());
        if (rest.equals("common.CustomerErased") || rest.equals("common.CustomerContactDisclosed")) {
            return "Complaint".equals(aggregateType) ? Kind.COMPLAINT
                    : "ServiceRequest".equals(aggregateType) ? Kind.SERVICE_REQUEST : null;
        }
        if (rest.equals("common.AttachmentAdded")) {
            return aggregateType == null ? null : switch (aggregateType) {
                case "Complaint" -> Kind.COMPLAINT;
                case "ServiceRequest" -> Kind.SERVICE_REQUEST;
                case "Inspection" -> Kind.INSPECTION;
                case "Rectification" -> Kind.RECTIFICATION;
                default -> null;
            };
        }
        if (rest.startsWith("complaint.") || rest.equals("incident.ComplaintRaisedToIncident")) {
            // a complaint raised to an incident records the link in its own stream (the incident's view learns it
            // from IncidentDeclared); the complaint's view passes over it, as its projection does
            return Kind.COMPLAINT;
        }
        if (rest.startsWith("servicerequest.")) {
            return Kind.SERVICE_REQUEST;
        }
        if (rest.startsWith("satisfaction.")) {
            return Kind.RATING;
        }
        if (rest.equals("inspection.InspectionRecorded")) {
            return Kind.INSPECTION;
        }
        if (rest.startsWith("inspection.Rectification") || rest.equals("inspection.OwnersCommitteeInformed")) {
            return rest.equals("inspection.RectificationOutcomeCounted") ? null : Kind.RECTIFICATION;
        }
        return null;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /**
     * Writes a folded document as the view's index holds it: ISO-8601 instants and durations (PT30M), nulls left
     * out, as the Elasticsearch client's mapper writes the live documents.
     */
    public static ObjectMapper documentMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /**
     * The documents of one kind by document id, in the order their aggregates first appeared. The id is the
     * aggregate's, except a policy's document, which is its subsidiary's.
     */
    public Map<String, SequencedView> of(Kind kind) {
        Map<String, SequencedView> byDocument = new LinkedHashMap<>();
        views.get(kind).values().forEach(view -> byDocument.put(view.viewId(), view));
        return Collections.unmodifiableMap(byDocument);
    }

    /** The document of an aggregate (a case, a scorecard, a month, a staff member, a subsidiary, a policy), or null. */
    public Map.Entry<Kind, SequencedView> find(String id) {
        for (Map.Entry<Kind, Map<String, SequencedView>> kind : views.entrySet()) {
            SequencedView view = kind.getValue().get(id);
            if (view != null) {
                return Map.entry(kind.getKey(), view);
            }
        }
        return null;
    }

    /** Every policy version folded, in the order published. */
    public List<PolicyPublished> policyVersions() {
        return List.copyOf(policyVersions);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Events read, whatever their type. */
    public long eventsRead() {
        return read;
    }

    /** Events applied to a document. */
    public long eventsApplied() {
        return applied;
    }
}
