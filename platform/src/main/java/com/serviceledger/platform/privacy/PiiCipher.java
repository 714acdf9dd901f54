package com.serviceledger.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the vault: wraps each customer's data key under the master key, and turns a personal
 * field into a token {@code pii:v1:base64(iv|ciphertext|tag)} under the customer's data key. Every
 * encryption takes a fresh random IV; the associated data binds a token to its customer and field, so a
 * token copied into another customer's or another field's place does not decrypt.
 *
 * <p>Master keys rotate: data keys are wrapped under the current one and recorded with its {@link KeyIds id};
 * retired keys still unwrap. A wrapped key of unknown id (from before ids were recorded) is tried under each
 * key, current first: the GCM tag tells which one fits.
 */
public final class PiiCipher {

    public static final String TOKEN_PREFIX = "pii:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec masterKey;
    private final String masterKeyId;
    /** Every master key that unwraps, by id, the current one first. */
    private final Map<String, SecretKeySpec> masterKeys = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(byte[] masterKey) {
        this(masterKey, List.of());
    }

    public PiiCipher(byte[] masterKey, List<byte[]> retiredMasterKeys) {
        this.masterKey = aesKey(masterKey);
        this.masterKeyId = KeyIds.of(masterKey);
        masterKeys.put(masterKeyId, this.masterKey);
        retiredMasterKeys.forEach(key -> masterKeys.putIfAbsent(KeyIds.of(key), aesKey(key)));
    }

    private static SecretKeySpec aesKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key must be 32 bytes");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** The id recorded with every key {@link #wrap wrapped} now. */
    public String masterKeyId() {
        return masterKeyId;
    }

    /** The ids of the retired master keys still configured. */
    public List<String> retiredMasterKeyIds() {
        return masterKeys.keySet().stream().skip(1).toList();
    }

    /** Whether a master key of this id is configured (current or retired). */
    public boolean knowsMasterKey(String keyId) {
        return masterKeys.containsKey(keyId);
    }

    /** A new random AES-256 data key for one customer. */
    public byte[] newDataKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    public String wrap(byte[] dataKey, String customerId) {
        return Base64.getEncoder().encodeToString(seal(masterKey, dataKey, aad("data-key", customerId)));
    }

    /** Unwraps under whichever configured master key fits; see {@link #unwrap(String, String, String)}. */
    public byte[] unwrap(String wrapped, String customerId) {
        return unwrap(wrapped, null, customerId).dataKey();
    }

    /**
     * @param keyId the id recorded with the wrapped key, or null if none was (then every key is tried)
     * @return the data key and the id of the master key that unwrapped it
     * @throws UnreadableToken when no configured master key unwraps it
     */
    public Unwrapped unwrap(String wrapped, String keyId, String customerId) {
        byte[] sealed = Base64.getDecoder().decode(wrapped);
        byte[] aad = aad("data-key", customerId);
        if (keyId != null) {
            SecretKeySpec key = masterKeys.get(keyId);
            if (key == null) {
                throw new UnreadableToken("the data key of " + customerId + " is wrapped under master key " + keyId
                        + ", which is neither the current nor a retired master key");
            }
            return new Unwrapped(open(key, sealed, aad), keyId);
        }
        for (Map.Entry<String, SecretKeySpec> key : masterKeys.entrySet()) {
            try {
                return new Unwrapped(open(key.getValue(), sealed, aad), key.getKey());
            } catch (UnreadableToken wrongKey) {
                // the tag did not match: another key
            }
        }
        throw new UnreadableToken("the data key of " + customerId + " unwraps under no configured master key");
    }

    /** A data key and the id of the master key that had wrapped it. */
    public record Unwrapped(byte[] dataKey, String masterKeyId) {
    }

    /** The token of one field, or null for a null value. */
    public String encrypt(byte[] dataKey, String customerId, String field, String clear) {
        if (clear == null) {
            return null;
        }
        byte[] sealed = seal(new SecretKeySpec(dataKey, "AES"), clear.getBytes(StandardCharsets.UTF_8),
                aad(field, customerId));
        return TOKEN_PREFIX + Base64.getEncoder().encodeToString(sealed);
    }

    public String decrypt(byte[] dataKey, String customerId, String field, String token) {
        if (token == null) {
            return null;
        }
        if (!token.startsWith(TOKEN_PREFIX)) {
            throw new UnreadableToken("not a pii:v1 token");
        }
        byte[] sealed = Base64.getDecoder().decode(token.substring(TOKEN_PREFIX.length()));
        return new String(open(new SecretKeySpec(dataKey, "AES"), sealed, aad(field, customerId)),
                StandardCharsets.UTF_8);
    }

    private byte[] seal(SecretKeySpec key, byte[] clear, byte[] aad) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(clear);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static byte[] open(SecretKeySpec key, byte[] sealed, byte[] aad) {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableToken("too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // a wrong key, a wrong customer or field, or tampering: the tag does not match
            throw new UnreadableToken("authentication failed");
        }
    }

    private static byte[] aad(String field, String customerId) {
        return (field + '\u0000' + customerId).getBytes(StandardCharsets.UTF_8);
    }

    /** A token or wrapped key that does not decrypt under the key, customer and field given. */
    public static final class UnreadableToken extends RuntimeException {
        UnreadableToken(String reason) {
            super("Unreadable protected value: " + reason);
        }
    }
}
