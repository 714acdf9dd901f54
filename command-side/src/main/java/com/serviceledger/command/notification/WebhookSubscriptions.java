package com.serviceledger.command.notification;

import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.security.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The webhook subscriptions ({@code webhook_subscription}, Flyway V9). */
@Component
class WebhookSubscriptions {

    private final JdbcTemplate jdbc;

    WebhookSubscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The active subscriptions, as the planner matches events against them. */
    List<WebhookSubscriber> active() {
        return jdbc.query("SELECT id, url, kinds, units FROM webhook_subscription WHERE active = TRUE ORDER BY id",
                (rs, row) -> new WebhookSubscriber(rs.getString("id"), rs.getString("url"),
                        kinds(rs.getString("kinds")), Scope.of(list(rs.getString("units")))));
    }

    static Set<NotificationKind> kinds(String column) {
        return list(column).stream().map(NotificationKind::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    static List<String> list(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
