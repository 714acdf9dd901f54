package com.serviceledger.query.inspection;

import com.serviceledger.kernel.common.AttachmentAdded;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.inspection.CheckedItem;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import com.serviceledger.kernel.inspection.Inspector;
import com.serviceledger.kernel.inspection.InspectorRole;
import com.serviceledger.kernel.inspection.ItemResult;
import com.serviceledger.kernel.inspection.NonConformity;
import com.serviceledger.kernel.inspection.Severity;
import com.serviceledger.query.view.SequencedView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspection view document ({@code sq-inspections}): one per inspection, as the inspectors recorded
 * it, with its local month and pass rate (items passed ÷ items, 0–1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class InspectionView extends SequencedView {

    /** One checklist line; {@code rectificationId} is set for a failed one. */
    @Schema(name = "InspectionItem")
    record Item(int itemNo, String standardCode, ItemResult result, Severity severity, String note,
                String responsibleStaffId, Instant dueAt, String rectificationId) {
    }

    private String inspectionId;
    private InspectionKind kind;
    private String subsidiaryId;
    private String siteId;
    private String contractorId;
    private String unitKey;
    private List<Inspector> inspectors = new ArrayList<>();
    private List<String> inspectorIds = new ArrayList<>();
    private List<InspectorRole> roles = new ArrayList<>();
    private Instant inspectedAt;
    private String timeZone;
    private String month;
    private int itemCount;
    private int failedCount;
    private boolean hasFailures;
    private BigDecimal passRate;
    private List<Item> items = new ArrayList<>();
    private String policyVersion;

    /** For the JSON mappers. */
    InspectionView() {
    }

    /** The document of a inspection no event has touched yet; public for offline replays. */
    public static InspectionView empty(String inspectionId) {
        InspectionView view = new InspectionView();
        view.inspectionId = inspectionId;
        return view;
    }

    /** Applies the event as {@link InspectionProjection} does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        switch (event) {
            case InspectionRecorded e -> on(e);
            // shown by the timeline, applied for the sequence as well
            case AttachmentAdded e -> { }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public String viewId() {
        return inspectionId;
    }

    void on(InspectionRecorded e) {
        kind = e.kind();
        subsidiaryId = e.unit().subsidiaryId();
        siteId = e.unit().siteId();
        contractorId = e.unit().contractorId();
        unitKey = e.unit().key();
        inspectors = List.copyOf(e.inspectors());
        inspectorIds = e.inspectors().stream().map(Inspector::inspectorId).distinct().toList();
        roles = e.inspectors().stream().map(Inspector::role).distinct().toList();
        inspectedAt = e.inspectedAt();
        timeZone = e.timeZone();
        month = e.month();
        itemCount = e.items().size();
        failedCount = e.failedCount();
        hasFailures = failedCount > 0;
        passRate = itemCount == 0 ? null : BigDecimal.valueOf(itemCount - failedCount)
                .divide(BigDecimal.valueOf(itemCount), 4, RoundingMode.HALF_UP);
        items = new ArrayList<>();
        for (int i = 0; i < e.items().size(); i++) {
            CheckedItem item = e.items().get(i);
            int itemNo = i + 1;
            NonConformity found = e.nonConformities().stream().filter(n -> n.itemNo() == itemNo).findFirst()
                    .orElse(null);
            items.add(new Item(itemNo, item.standardCode(), item.result(), item.severity(), item.note(),
                    item.responsibleStaffId(), found == null ? null : found.dueAt(),
                    found == null ? null : found.rectificationId()));
        }
        policyVersion = e.policyVersion();
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }
}
