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
 *
 * <p>The key rotates: prints are made under the current key; retired keys still make the prints a lookup
 * tries, until the key rotation has fingerprinted every customer under the current key.
 */
public final class Fingerprints {

    private final SecretKeySpec key;
    private final String keyId;
    private final List<SecretKeySpec> retired;
    private final List<String> retiredIds;

    public Fingerprints(byte[] key) {
        this(key, List.of());
    }

    public Fingerprints(byte[] key, List<byte[]> retiredKeys) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.keyId = KeyIds.of(key);
        this.retired = retiredKeys.stream().map(k -> new SecretKeySpec(k, "HmacSHA256")).toList();
        this.retiredIds = retiredKeys.stream().map(KeyIds::of).toList();
    }

    public List<String> retiredKeyIds() {
        return retiredIds;
    }

    /** The id recorded with every print made now. */
    public String keyId() {
        return keyId;
    }

    /** Digits only: {@code 138-1234 1234} and {@code 13812341234} are one phone. */
    public String ofPhone(String phone) {
        return ofPhone(key, phone);
    }

    public String ofEmail(String email) {
        return ofEmail(key, email);
    }

    /** The phone's print under every key, current first (empty for no phone). */
    public List<String> ofPhoneUnderEveryKey(String phone) {
        return underEveryKey(k -> ofPhone(k, phone));
    }

    public List<String> ofEmailUnderEveryKey(String email) {
        return underEveryKey(k -> ofEmail(k, email));
    }

    private List<String> underEveryKey(java.util.function.Function<SecretKeySpec, String> print) {
        List<String> prints = new ArrayList<>(1 + retired.size());
        String current = print.apply(key);
        if (current == null) {
            return prints;
        }
        prints.add(current);
        retired.forEach(k -> prints.add(print.apply(k)));
        return prints;
    }

    private String ofPhone(SecretKeySpec key, String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : "phone:" + hmac(key, "phone\u0000" + digits);
    }

    private String ofEmail(SecretKeySpec key, String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return normalized.isEmpty() ? null : "email:" + hmac(key, "email\u0000" + normalized);
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

    private static String hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
