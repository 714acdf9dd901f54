package com.serviceledger.platform.privacy;

import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys of the customer vault. No defaults: an application without them refuses to start (the
 * standalone app and the tests set fixed keys that are for development only).
 *
 * @param masterKey      base64 of 32 bytes; wraps (AES-256-GCM) every customer's data key
 * @param fingerprintKey base64 of at least 32 bytes; HMAC-SHA256 key of the phone and e-mail fingerprints
 *                       that find a customer again across cases
 */
@ConfigurationProperties("serviceledger.privacy")
public record PrivacyProperties(String masterKey, String fingerprintKey) {

    static final String HINT = " (base64 of 32 random bytes, e.g. `openssl rand -base64 32`; environment "
            + "variable %s). Keep it secret and never change it: the customer data encrypted under it "
            + "becomes unreadable.";

    byte[] masterKeyBytes() {
        byte[] key = decode("serviceledger.privacy.master-key", masterKey, "SERVICELEDGER_PRIVACY_MASTERKEY");
        if (key.length != 32) {
            throw new IllegalStateException("serviceledger.privacy.master-key must be exactly 32 bytes, not "
                    + key.length + HINT.formatted("SERVICELEDGER_PRIVACY_MASTERKEY"));
        }
        return key;
    }

    byte[] fingerprintKeyBytes() {
        byte[] key = decode("serviceledger.privacy.fingerprint-key", fingerprintKey,
                "SERVICELEDGER_PRIVACY_FINGERPRINTKEY");
        if (key.length < 32) {
            throw new IllegalStateException("serviceledger.privacy.fingerprint-key must be at least 32 bytes"
                    + HINT.formatted("SERVICELEDGER_PRIVACY_FINGERPRINTKEY"));
        }
        return key;
    }

    private static byte[] decode(String property, String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: customer data cannot be protected without it"
                    + HINT.formatted(variable));
        }
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64" + HINT.formatted(variable), e);
        }
    }
}
