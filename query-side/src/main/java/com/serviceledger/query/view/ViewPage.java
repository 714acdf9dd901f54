package com.serviceledger.query.view;

import java.util.List;

/** One page of a search over a view. */
public record ViewPage<V>(long total, int page, int size, List<V> items) {
}
