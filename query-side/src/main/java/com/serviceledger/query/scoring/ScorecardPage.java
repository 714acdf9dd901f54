package com.serviceledger.query.scoring;

import java.util.List;

/** One page of a scorecard search. */
public record ScorecardPage(long total, int page, int size, List<ScorecardView> items) {
}
