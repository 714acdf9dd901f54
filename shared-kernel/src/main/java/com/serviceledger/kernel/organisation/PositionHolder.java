package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One staff member holding one position (of one department, for a department head) since an instant. */
public record PositionHolder(UnitPosition position, String departmentId, String staffId, Instant since) {

    /** Folds a subsidiary's events into the positions held at {@code at}, in the order they were taken up. */
    public static List<PositionHolder> at(Iterable<?> events, Instant at) {
        List<PositionHolder> holders = new ArrayList<>();
        for (Object event : events) {
            switch (event) {
                case AppointedToPosition e when !e.effectiveAt().isAfter(at) -> {
                    holders.removeIf(holder -> holder.is(e.position(), e.departmentId(), e.staffId()));
                    holders.add(new PositionHolder(e.position(), e.departmentId(), e.staffId(), e.effectiveAt()));
                }
                case RelievedOfPosition e when !e.effectiveAt().isAfter(at) ->
                        holders.removeIf(holder -> holder.is(e.position(), e.departmentId(), e.staffId()));
                default -> {
                }
            }
        }
        return holders;
    }

    /** This position (of this department; of none for a position of the whole subsidiary). */
    public boolean holds(UnitPosition position, String departmentId) {
        return this.position == position && Objects.equals(this.departmentId, departmentId);
    }

    public boolean is(UnitPosition position, String departmentId, String staffId) {
        return holds(position, departmentId) && this.staffId.equals(staffId);
    }
}
