package com.serviceledger.query.inspection;

import java.util.List;

/** One page of a search over an inspection view. */
public record ViewPage<V>(long total, int page, int size, List<V> items) {
}
