package com.serviceledger.kernel.inspection;

/**
 * What an inspection judges, and the unit escalation and the monthly evaluation count per: the service
 * at one site or post of a subsidiary, as delivered by one contractor (002 第3篇 judges the cleaning
 * contractor's work in the management office's area, and its penalties are the contract's). Work done
 * by the subsidiary's own staff has no contractor. A contractor serving two sites is two units: each
 * site's management office monitors and penalises its own contract.
 */
public record InspectedUnit(String subsidiaryId, String siteId, String contractorId) {

    /** A stable key; ids never contain ':' (checked at the API), so the key is unambiguous. */
    public String key() {
        return subsidiaryId + ":" + siteId + ":" + (contractorId == null ? "" : contractorId);
    }
}
