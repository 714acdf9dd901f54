package com.serviceledger.platform.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys of the customer vault. No defaults: an application without them refuses to start (the
 * standalone app and the tests set fixed keys that are for development only).
 *
 * @param masterKey              base64 of 32 bytes; wraps (AES-256-GCM) every customer's data key
 * @param fingerprintKey         base64 of at least 32 bytes; HMAC-SHA256 key of the phone and e-mail fingerprints
 *                               that find a customer again across cases
 * @param retiredMasterKeys      former master keys, still accepted to unwrap until the key rotation has
 *                               rewrapped every data key under {@code masterKey}
 * @param retiredFingerprintKeys former fingerprint keys, still tried when looking a customer up until the key
 *                               rotation has fingerprinted every customer under {@code fingerprintKey}
 * @param rotationBatchSize      customers per transaction of the key rotation
 * @param phoneRegion            the region (ISO 3166 code, as libphonenumber knows it) a phone number without a
 *                               country code is read in, for a subsidiary not listed in {@code subsidiaryPhoneRegions}
 *                               and for erasure requests; the directory records no country per subsidiary
 * @param subsidiaryPhoneRegions the region of a subsidiary, by subsidiary id, where it is not {@code phoneRegion}
 */
@ConfigurationProperties("serviceledger.privacy")
public record PrivacyProperties(String masterKey, String fingerprintKey, List<String> retiredMasterKeys,
                                List<String> retiredFingerprintKeys, @DefaultValue("100") int rotationBatchSize,
                                @DefaultValue("CN") String phoneRegion, Map<String, String> subsidiaryPhoneRegions) {

    static final String HINT = " (base64 of 32 random bytes, e.g. `openssl rand -base64 32`; environment "
            + "variable %s). Keep it secret; to replace it, move the old key to %s and run the key rotation "
            + "(README, Customer privacy): without the old key the customer data encrypted under it is unreadable.";
    private static final String MASTER = "SERVICELEDGER_PRIVACY_MASTERKEY";
    private static final String RETIRED_MASTER = "SERVICELEDGER_PRIVACY_RETIREDMASTERKEYS";
    private static final String FINGERPRINT = "SERVICELEDGER_PRIVACY_FINGERPRINTKEY";
    private static final String RETIRED_FINGERPRINT = "SERVICELEDGER_PRIVACY_RETIREDFINGERPRINTKEYS";

    public PrivacyProperties {
        retiredMasterKeys = retiredMasterKeys == null ? List.of() : List.copyOf(retiredMasterKeys);
        retiredFingerprintKeys = retiredFingerprintKeys == null ? List.of() : List.copyOf(retiredFingerprintKeys);
        subsidiaryPhoneRegions = subsidiaryPhoneRegions == null ? Map.of() : Map.copyOf(subsidiaryPhoneRegions);
        if (rotationBatchSize < 1) {
            throw new IllegalStateException("serviceledger.privacy.rotation-batch-size must be at least 1");
        }
    }

    byte[] masterKeyBytes() {
        return masterKey("serviceledger.privacy.master-key", masterKey, MASTER);
    }

    byte[] fingerprintKeyBytes() {
        return fingerprintKey("serviceledger.privacy.fingerprint-key", fingerprintKey, FINGERPRINT);
    }

    /** The retired master keys; one equal to the current key is refused (it would hide a rotation not done). */
    List<byte[]> retiredMasterKeyBytes() {
        return retired("serviceledger.privacy.retired-master-keys", retiredMasterKeys, masterKeyBytes(),
                "master", RETIRED_MASTER, (property, value) -> masterKey(property, value, RETIRED_MASTER));
    }

    List<byte[]> retiredFingerprintKeyBytes() {
        return retired("serviceledger.privacy.retired-fingerprint-keys", retiredFingerprintKeys,
                fingerprintKeyBytes(), "fingerprint", RETIRED_FINGERPRINT,
                (property, value) -> fingerprintKey(property, value, RETIRED_FINGERPRINT));
    }

    private interface Decoder {
        byte[] decode(String property, String value);
    }

    private static List<byte[]> retired(String property, List<String> values, byte[] current, String kind,
                                        String variable, Decoder decoder) {
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String name = property + "[" + i + "]";
            byte[] key = decoder.decode(name, values.get(i));
            if (Arrays.equals(key, current)) {
                throw new IllegalStateException(name + " is the current " + kind + " key: a retired key must be the "
                        + "one replaced, not the one in use (" + variable + ")");
            }
            if (keys.stream().anyMatch(k -> Arrays.equals(k, key))) {
                throw new IllegalStateException(name + " is listed twice (" + variable + ")");
            }
            keys.add(key);
        }
        return keys;
    }

    private static byte[] masterKey(String property, String value, String variable) {
        byte[] key = decode(property, value, variable);
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be exactly 32 bytes, not " + key.length
                    + HINT.formatted(variable, RETIRED_MASTER));
        }
        return key;
    }

    private static byte[] fingerprintKey(String property, String value, String variable) {
        byte[] key = decode(property, value, variable);
        if (key.length < 32) {
            throw new IllegalStateException(property + " must be at least 32 bytes, not " + key.length
                    + HINT.formatted(variable, RETIRED_FINGERPRINT));
        }
        return key;
    }

    private static byte[] decode(String property, String value, String variable) {
        String retiredVariable = variable.startsWith("SERVICELEDGER_PRIVACY_RETIRED") ? variable
                : variable.replace("PRIVACY_", "PRIVACY_RETIRED") + "S";
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: customer data cannot be protected without it"
                    + HINT.formatted(variable, retiredVariable));
        }
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64" + HINT.formatted(variable,
                    retiredVariable), e);
        }
    }
}
