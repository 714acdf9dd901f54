package com.serviceledger.platform.privacy;

import java.util.Locale;

/**
 * E-mail addresses in the one form they are fingerprinted and stored in: trimmed and lower-cased, the local part
 * too. RFC 5321 lets a server treat {@code Zhang@} and {@code zhang@} as two mailboxes, but no provider our
 * customers use does, and one person typed two ways must be one customer and one erasure. Dots and {@code +tags}
 * are kept: only some providers ignore them, and merging two real people would be worse than missing a match.
 */
public final class Emails {

    private Emails() {
    }

    /** The canonical form, or null for no address. */
    public static String canonical(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
