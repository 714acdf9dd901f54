package com.serviceledger.query.notification;

import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.platform.security.StaffUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The caller's inbox: the INBOX rows planned for their staff member, of units their scope covers now (after a
 * transfer, the old unit's notifications are no longer shown). A user who is no staff member (a group-level
 * analyst or administrator) has an empty inbox. Blocking JDBC: callers run it on a blocking scheduler.
 */
@Component
public class Inbox {

    /** What "mark all read" did. */
    public record MarkedRead(int marked, long unread) {
    }

    private final NotificationStore store;
    private final Clock clock;

    Inbox(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public InboxPage page(StaffUser user, InboxQuery query) {
        if (user.staffId() == null) {
            return InboxPage.empty(query.page(), query.size());
        }
        List<InboxItem> items = store.inbox(user.staffId(), user.scope(), query.unreadOnly(), query.before(),
                        query.page() * query.size(), query.size()).stream()
                .map(row -> InboxItem.of(row, query.language()))
                .toList();
        long total = store.inboxCount(user.staffId(), user.scope(), query.unreadOnly(), query.before());
        return new InboxPage(total, query.page(), query.size(), unread(user), items);
    }

    /** Empty for a notification that is not the caller's or lies outside their scope, as for an unknown id. */
    public Optional<InboxItem> markRead(StaffUser user, String id, Language language) {
        if (user.staffId() == null) {
            return Optional.empty();
        }
        return store.markRead(id, user.staffId(), user.scope(), clock.instant())
                .map(row -> InboxItem.of(row, language));
    }

    public MarkedRead markAllRead(StaffUser user, Long before) {
        if (user.staffId() == null) {
            return new MarkedRead(0, 0);
        }
        int marked = store.markAllRead(user.staffId(), user.scope(), before, clock.instant());
        return new MarkedRead(marked, unread(user));
    }

    private long unread(StaffUser user) {
        return store.inboxCount(user.staffId(), user.scope(), true, null);
    }
}
