package com.serviceledger.kernel.organisation;

/**
 * Who outside the subsidiary is told about an inspected unit: the service contractor (whose work is inspected and
 * penalised, 002 第3篇) and the site's owners' committee (業主委員會, told of an overdue rectification).
 */
public enum UnitContactKind {

    /** The contractor serving the site: one per site and contractor. */
    CONTRACTOR,
    /** The site's owners' committee: one per site, whichever contractor serves it. */
    OWNERS_COMMITTEE
}
