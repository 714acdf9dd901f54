package com.serviceledger.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for the vault: wraps each customer's data key under the master key, and turns a personal
 * field into a token {@code pii:v1:base64(iv|ciphertext|tag)} under the customer's data key. Every
 * encryption takes a fresh random IV; the associated data binds a token to its customer and field, so a
 * token copied into another customer's or another field's place does not decrypt.
 */
public final class PiiCipher {

    public static final String TOKEN_PREFIX = "pii:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec masterKey;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(byte[] masterKey) {
        if (masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the master key must be 32 bytes");
        }
        this.masterKey = new SecretKeySpec(masterKey, "AES");
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

    public byte[] unwrap(String wrapped, String customerId) {
        return open(masterKey, Base64.getDecoder().decode(wrapped), aad("data-key", customerId));
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
