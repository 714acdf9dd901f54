package com.serviceledger.query.metrics;

import java.util.List;

/** A month (local to where each complaint was received), department by department. */
public record MonthFigures(String month, List<DepartmentFigures> departments) {
}
