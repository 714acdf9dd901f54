package com.serviceledger.query.complaint;

import java.util.List;

/** One page of a complaint search, newest first. */
public record ComplaintPage(long total, int page, int size, List<ComplaintView> items) {
}
