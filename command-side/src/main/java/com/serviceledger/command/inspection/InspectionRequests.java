package com.serviceledger.command.inspection;

import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.inspection.CheckedItem;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.Inspector;
import com.serviceledger.kernel.inspection.InspectorRole;
import com.serviceledger.kernel.inspection.ItemResult;
import com.serviceledger.kernel.inspection.Severity;
import com.serviceledger.platform.web.InputRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The HTTP bodies of the inspection commands; validated before any command is built. */
public final class InspectionRequests {

    /** Ids of people: letters, digits and . _ : - (they end up in index keys and URLs). */
    static final String ID = "[A-Za-z0-9._:-]{1,64}";
    static final String ID_MESSAGE = "must be 1–64 letters, digits or . _ : -";
    /** Ids of units also key their months ({@code subsidiary:site:contractor:month}), so no ':' in them. */
    static final String UNIT_ID = InputRules.UNIT_ID;
    static final String UNIT_ID_MESSAGE = InputRules.UNIT_ID_MESSAGE;

    private InspectionRequests() {
    }

    @Schema(name = "InspectedUnit")
    public record Unit(@NotBlank @Pattern(regexp = UNIT_ID, message = UNIT_ID_MESSAGE) String subsidiaryId,
                       @NotBlank @Pattern(regexp = UNIT_ID, message = UNIT_ID_MESSAGE) String siteId,
                       @Pattern(regexp = UNIT_ID, message = UNIT_ID_MESSAGE) String contractorId) {

        InspectedUnit toUnit() {
            return new InspectedUnit(subsidiaryId, siteId,
                    contractorId == null || contractorId.isBlank() ? null : contractorId);
        }
    }

    public record InspectorEntry(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String inspectorId,
                                 @NotNull InspectorRole role) {
    }

    /**
     * One checklist line. A failed item names its severity and what is wrong; only a major one may
     * carry its work order's deadline.
     */
    public record Item(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String standardCode,
                       @NotNull ItemResult result, @Size(max = 2000) String note, Severity severity,
                       @Pattern(regexp = ID, message = ID_MESSAGE) String responsibleStaffId,
                       Instant workOrderDueAt) {

        void check(int index) {
            String at = "items[" + index + "].";
            if (result == ItemResult.FAIL) {
                if (severity == null) {
                    throw new InvalidInput(at + "severity", "a failed item is MINOR or MAJOR");
                }
                if (note == null || note.isBlank()) {
                    throw new InvalidInput(at + "note", "a failed item says what is wrong");
                }
            } else if (severity != null) {
                throw new InvalidInput(at + "severity", "only a failed item has a severity");
            }
            if (workOrderDueAt != null && severity != Severity.MAJOR) {
                throw new InvalidInput(at + "workOrderDueAt", "only a major non-conformity gets a work order");
            }
        }

        CheckedItem toItem() {
            return new CheckedItem(standardCode, result, note, severity, responsibleStaffId, workOrderDueAt);
        }
    }

    public record Record(@NotNull InspectionKind kind, @NotNull @Valid Unit unit,
                         @NotEmpty @Size(max = 20) List<@NotNull @Valid InspectorEntry> inspectors,
                         @NotEmpty @Size(max = 200) List<@NotNull @Valid Item> items) {

        /** The checks that span fields of an item, after bean validation. */
        void checkItems() {
            for (int i = 0; i < items.size(); i++) {
                items.get(i).check(i);
            }
        }

        List<Inspector> team() {
            return inspectors.stream().map(e -> new Inspector(e.inspectorId(), e.role())).toList();
        }

        List<CheckedItem> checklist() {
            return items.stream().map(Item::toItem).toList();
        }
    }

    /** {@code rectifiedBy}: who fixed it; left out, the logged-in staff member. */
    public record Rectify(@Pattern(regexp = ID, message = ID_MESSAGE) String rectifiedBy,
                          @Size(max = 2000) String note) {
    }

    @Schema(name = "CloseQualityMonth")
    public record CloseMonth(@NotNull @Valid Unit unit,
                             @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month like 2026-03")
                             String month) {
    }
}
