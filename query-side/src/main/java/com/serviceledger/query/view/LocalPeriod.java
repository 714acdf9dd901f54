package com.serviceledger.query.view;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The local calendar day and month of an instant in a subsidiary's zone, as view documents store them for
 * metric periods: the date ({@code yyyy-MM-dd}) for ranges and histograms, the month ({@code yyyy-MM}) as a
 * keyword that monthly counts group on. Both come from here so a document's month is always its date's.
 */
public record LocalPeriod(String date, String month) {

    /** Months are local: 23:59 on 31 March in Shanghai is March, whatever UTC says. */
    public static LocalPeriod of(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return new LocalPeriod(local.toLocalDate().toString(), YearMonth.from(local).toString());
    }
}
