package com.serviceledger.command.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery, Stripe-like: {@code v1=} and the hex HMAC-SHA256, keyed with the subscription's
 * secret (its UTF-8 bytes), of {@code <timestamp>.<body>}. The timestamp (unix seconds, also sent as
 * {@code X-ServiceLedger-Timestamp}) is signed with the body, so a receiver that refuses old timestamps refuses a
 * replayed request; {@code v1} leaves room for another scheme beside it later.
 */
public final class WebhookSignature {

    public static final String SCHEME = "v1";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return SCHEME + "=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
