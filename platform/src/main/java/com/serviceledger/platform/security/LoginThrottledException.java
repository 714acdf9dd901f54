package com.serviceledger.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A Basic login refused unchecked: its user name or client address is locked ({@link LoginThrottle}). */
final class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
