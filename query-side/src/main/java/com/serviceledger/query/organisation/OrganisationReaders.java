package com.serviceledger.query.organisation;

import com.serviceledger.query.view.ViewReader;

/**
 * The directory and policy views by id, each within the reader's scope (a document outside it reads as unknown).
 *
 * @param me the caller's own staff record, which {@code GET /api/me} shows whatever the scope
 */
public record OrganisationReaders(ViewReader<StaffView> staff, ViewReader<SubsidiaryView> subsidiaries,
                                  ViewReader<PolicyView> policies, ViewReader<StaffView> me) {
}
