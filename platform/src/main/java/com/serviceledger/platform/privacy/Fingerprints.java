package com.serviceledger.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed fingerprints (HMAC-SHA256) of a normalized phone number and e-mail address: the same person across
 * cases gets the same customer id. Keyed, because a plain hash of an 11-digit phone is brute-forced in
 * minutes; without the key the table says nothing.
 */
public final class Fingerprints {

    private final SecretKeySpec key;

    public Fingerprints(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Digits only: {@code 138-1234 1234} and {@code 13812341234} are one phone. */
    public String ofPhone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : "phone:" + hmac("phone\u0000" + digits);
    }

    public String ofEmail(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return normalized.isEmpty() ? null : "email:" + hmac("email\u0000" + normalized);
    }

    /** The fingerprints of whatever of the two is given, phone first. */
    public List<String> of(String phone, String email) {
        List<String> prints = new ArrayList<>(2);
        String p = ofPhone(phone);
        String e = ofEmail(email);
        if (p != null) {
            prints.add(p);
        }
        if (e != null) {
            prints.add(e);
        }
        return prints;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
