package com.serviceledger.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The throttle of HTTP Basic logins ({@code users} mode; {@code serviceledger.security.login-throttle.*}): after
 * {@code maxFailures} failed logins of one user name, or {@code maxAddressFailures} from one client address,
 * within {@code window}, that name (address) is refused with a 429 for {@code lockout}, without its password
 * being checked.
 *
 * @param maxFailures        failures of one user name that lock it
 * @param maxAddressFailures failures from one client address that lock it (higher: an address can be shared by
 *                           several people behind one NAT or proxy)
 * @param window             how long failures count; the count starts afresh after it
 * @param lockout            how long a locked name or address is refused
 * @param maxEntries         names (and, separately, addresses) remembered at most; the least recently seen is
 *                           forgotten first, so random names cannot grow the memory without bound
 */
@ConfigurationProperties("serviceledger.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("10") int maxFailures,
                                      @DefaultValue("30") int maxAddressFailures,
                                      @DefaultValue("5m") Duration window,
                                      @DefaultValue("1m") Duration lockout,
                                      @DefaultValue("10000") int maxEntries) {

    public LoginThrottleProperties {
        if (maxFailures < 1 || maxAddressFailures < 1 || maxEntries < 1) {
            throw new IllegalArgumentException(
                    "serviceledger.security.login-throttle: max-failures, max-address-failures and max-entries "
                            + "must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()
                || lockout == null || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException(
                    "serviceledger.security.login-throttle: window and lockout must be positive durations");
        }
    }
}
