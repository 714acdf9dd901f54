package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The directory folded from the organisation's event streams (a subsidiary's, a staff member's), whatever keeps
 * them: every answer is a fold of one or a few streams up to the instant asked.
 */
public abstract class StreamDirectory implements Directory {

    /** The events of one subsidiary's or staff member's stream, in order; empty when there is none. */
    protected abstract List<?> stream(String aggregateId);

    @Override
    public Optional<StaffChain> chainOf(String staffId, Instant at) {
        return staffId == null ? Optional.empty() : StaffHistory.chainAt(stream(staffId), at);
    }

    @Override
    public Optional<Employment> employmentOf(String staffId) {
        return staffId == null ? Optional.empty() : Employment.of(stream(staffId));
    }

    @Override
    public Optional<SubsidiaryUnits> unitsOf(String subsidiaryId) {
        return subsidiaryId == null ? Optional.empty() : SubsidiaryUnits.of(stream(subsidiaryId));
    }

    @Override
    public List<String> holdersAt(String subsidiaryId, UnitPosition position, String departmentId, Instant at) {
        if (subsidiaryId == null || position == null) {
            return List.of();
        }
        String department = position.ofDepartment() ? departmentId : null;
        return PositionHolder.at(stream(subsidiaryId), at).stream()
                .filter(holder -> holder.holds(position, department))
                .map(PositionHolder::staffId)
                .filter(staffId -> employmentOf(staffId).filter(employment -> employment.employedAt(at)).isPresent())
                .toList();
    }

    @Override
    public Optional<StaffContact> contactOf(String staffId, Instant at) {
        return staffId == null ? Optional.empty() : StaffContact.at(stream(staffId), at);
    }

    @Override
    public Optional<UnitContact> unitContactAt(String subsidiaryId, String siteId, String contractorId,
                                               UnitContactKind kind, Instant at) {
        return subsidiaryId == null || siteId == null || kind == null ? Optional.empty()
                : UnitContact.of(stream(subsidiaryId), siteId, contractorId, kind, at);
    }
}
