package com.serviceledger.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed fingerprints (HMAC-SHA256) of a canonical phone number (E.164) and e-mail address ({@link Emails}): the
 * same person across cases gets the same customer id. Keyed, because a plain hash of an 11-digit phone is brute-forced in
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

    /** The print of a phone in E.164 ({@link PhoneNumbers#canonical}); what is registered now. */
    public String ofPhone(String e164) {
        return ofPhone(key, e164);
    }

    public String ofEmail(String email) {
        return ofEmail(key, email);
    }

    /**
     * The prints a lookup tries for one phone, given its {@link PhoneNumbers#lookupForms forms}: the first form's
     * under the current key first (the print registered now), then under the retired keys, then the former
     * forms' under every key (empty for no forms).
     */
    public List<String> ofPhoneUnderEveryKey(List<String> forms) {
        List<String> prints = new ArrayList<>();
        forms.forEach(form -> prints.addAll(underEveryKey(k -> ofPhone(k, form))));
        return prints;
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

    /**
     * Over the form as given: E.164 now ({@code +8613929796768}); before numbers were parsed, the typed digits
     * ({@code 13929796768}), which {@link PhoneNumbers#lookupForms} still offers. The {@code +} keeps the two apart.
     */
    private String ofPhone(SecretKeySpec key, String form) {
        return form == null || form.isBlank() ? null : "phone:" + hmac(key, "phone\u0000" + form);
    }

    private String ofEmail(SecretKeySpec key, String email) {
        String canonical = Emails.canonical(email);
        return canonical == null ? null : "email:" + hmac(key, "email\u0000" + canonical);
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
