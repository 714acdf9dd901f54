package com.serviceledger.platform.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text as events carry it: every phone number, e-mail address and ID-card number {@link PiiFinder found} in it
 * is replaced by a token {@code {pii:<customerId>:<kind>:<sealed>}}, the value (phones in E.164) sealed like the
 * contact (AES-256-GCM under the customer's data key, bound to the customer and kind). Erasing the customer's key
 * erases these too; views and history show a {@link PiiKind#mask mask} made at read time while the key exists.
 * Where there is no key (no customer, or one already erased) the value is dropped: {@code {pii:<kind>}}.
 */
public final class PiiTokens {

    private static final Pattern TOKEN = Pattern.compile(
            "\\{pii:(?:([A-Za-z0-9_.-]+):)?(phone|email|id-card)(?::([A-Za-z0-9+/]+=*))?}");

    private final PiiCipher cipher;

    public PiiTokens(PiiCipher cipher) {
        this.cipher = cipher;
    }

    /** The text with each found piece replaced by its token; {@code dataKey} null drops the values. */
    public String protect(String text, List<PiiFinder.Found> found, String customerId, byte[] dataKey) {
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder protectedText = new StringBuilder(text.length() + 64 * found.size());
        int at = 0;
        for (PiiFinder.Found piece : found) {
            protectedText.append(text, at, piece.start()).append(token(piece, customerId, dataKey));
            at = piece.end();
        }
        return protectedText.append(text, at, text.length()).toString();
    }

    private String token(PiiFinder.Found piece, String customerId, byte[] dataKey) {
        String kind = piece.kind().label();
        if (dataKey == null) {
            return "{pii:" + kind + "}";
        }
        String sealed = cipher.encrypt(dataKey, customerId, field(kind), piece.value());
        return "{pii:" + customerId + ":" + kind + ":" + sealed.substring(PiiCipher.TOKEN_PREFIX.length()) + "}";
    }

    /** The customers whose tokens are in the text. */
    public static Set<String> customersIn(String text) {
        Set<String> customers = new LinkedHashSet<>();
        if (text != null && text.contains("{pii:")) {
            Matcher token = TOKEN.matcher(text);
            while (token.find()) {
                if (token.group(1) != null) {
                    customers.add(token.group(1));
                }
            }
        }
        return customers;
    }

    /** The text with each token replaced by its value's mask, or by {@code [phone erased]} where the key is gone. */
    public String mask(String text, Map<String, byte[]> dataKeys) {
        if (text == null || !text.contains("{pii:")) {
            return text;
        }
        return TOKEN.matcher(text).replaceAll(token -> Matcher.quoteReplacement(
                mask(token.group(1), PiiKind.ofLabel(token.group(2)), token.group(3), dataKeys)));
    }

    private String mask(String customerId, PiiKind kind, String sealed, Map<String, byte[]> dataKeys) {
        byte[] dataKey = customerId == null ? null : dataKeys.get(customerId);
        if (dataKey == null || sealed == null) {
            return kind.erased();
        }
        try {
            return kind.mask(cipher.decrypt(dataKey, customerId, field(kind.label()), PiiCipher.TOKEN_PREFIX + sealed));
        } catch (PiiCipher.UnreadableToken | IllegalArgumentException e) {
            return kind.erased(); // not sealed under this customer's key: nothing to show
        }
    }

    /** The associated data's field: a text's phone cannot pass for the contact's phone token, nor the reverse. */
    private static String field(String kind) {
        return "text:" + kind;
    }
}
