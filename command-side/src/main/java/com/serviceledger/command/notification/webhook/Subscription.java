package com.serviceledger.command.notification.webhook;

import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.security.Scope;
import java.time.Instant;
import java.util.List;

/** A webhook subscription as stored ({@code webhook_subscription}); its secret signs every delivery. */
public record Subscription(String id, String url, List<NotificationKind> kinds, List<String> units, String secret,
                           String description, boolean active, String createdBy, Instant createdAt, int version) {

    public Subscription {
        kinds = List.copyOf(kinds);
        units = List.copyOf(units);
    }

    /** Subscribed to this kind of this unit (a case without a department is covered by its subsidiary). */
    public boolean wants(NotificationKind kind, String subsidiaryId, String departmentId) {
        Scope covered = Scope.of(units);
        return kinds.contains(kind) && (covered.group()
                || subsidiaryId != null && covered.covers(subsidiaryId, departmentId));
    }

    /** Whether a user of this scope may see and change it: every unit it covers lies within the scope. */
    public boolean within(Scope scope) {
        return within(Scope.of(units), scope);
    }

    /** Whether everything {@code inner} covers, {@code outer} covers too. */
    static boolean within(Scope inner, Scope outer) {
        if (outer.group()) {
            return true;
        }
        if (inner.group()) {
            return false;
        }
        return inner.subsidiaries().entrySet().stream().allMatch(unit -> unit.getValue().isEmpty()
                ? outer.covers(unit.getKey(), null)
                : unit.getValue().stream().allMatch(department -> outer.covers(unit.getKey(), department)));
    }
}
