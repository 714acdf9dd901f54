package com.serviceledger.query.notification;

import java.util.List;

/**
 * One page of an inbox.
 *
 * @param total  the notifications this listing pages through (after {@code unread} and {@code before})
 * @param unread the caller's unread notifications in scope, whatever the filters
 */
public record InboxPage(long total, int page, int size, long unread, List<InboxItem> items) {

    static InboxPage empty(int page, int size) {
        return new InboxPage(0, page, size, 0, List.of());
    }
}
