package com.serviceledger.query.metrics;

import java.util.List;

/** Complaint SLA figures for a range of months (inclusive), optionally for one subsidiary; months without complaints are left out. */
public record ComplaintSlaReport(String from, String to, String subsidiary, List<MonthFigures> months) {
}
