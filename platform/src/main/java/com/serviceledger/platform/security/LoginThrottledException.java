package com.serviceledger.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A password login (Basic or the console's form) refused unchecked: its user name or client address is locked ({@link LoginThrottle}). */
public final class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
