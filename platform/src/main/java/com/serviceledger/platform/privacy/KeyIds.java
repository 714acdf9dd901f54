package com.serviceledger.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The id of a key, stored next to what it protects so a rotation knows which rows still need an old key:
 * the first 8 bytes of HMAC-SHA256 of a fixed label under the key. It names the key and reveals nothing
 * of it (unlike a hash of the key itself, which would be a check value for guessing).
 */
public final class KeyIds {

    private static final byte[] LABEL = "serviceledger/privacy/key-id/v1".getBytes(StandardCharsets.UTF_8);

    private KeyIds() {
    }

    public static String of(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal(LABEL), 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
