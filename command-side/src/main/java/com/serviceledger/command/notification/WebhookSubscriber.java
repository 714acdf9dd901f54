package com.serviceledger.command.notification;

import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.security.Scope;
import java.util.Set;

/** An active webhook subscription as the planner matches it: its kinds and its units (a scope). */
record WebhookSubscriber(String id, String url, Set<NotificationKind> kinds, Scope units) {

    /** Subscribed to this kind of this unit (a case without a department is covered by its subsidiary). */
    boolean wants(NotificationKind kind, String subsidiaryId, String departmentId) {
        return kinds.contains(kind) && (units.group()
                || subsidiaryId != null && units.covers(subsidiaryId, departmentId));
    }
}
