package com.serviceledger.query.privacy;

import java.util.function.UnaryOperator;

/**
 * A view whose free text may hold the customer's phone numbers, e-mail addresses or ID-card numbers, sealed as
 * {@code {pii:…}} tokens ({@link com.serviceledger.platform.privacy.PiiTokens}); {@link CustomerCards} masks them at
 * read time, so the index never holds even a mask and an erasure shows at once.
 */
public interface FreeTextView {

    /** Replaces each free-text field by its masked form, in place (on a view read for one answer). */
    void maskFreeText(UnaryOperator<String> masks);
}
