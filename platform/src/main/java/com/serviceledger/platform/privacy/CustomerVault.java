package com.serviceledger.platform.privacy;

import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.ProtectedContact;

/**
 * What an aggregate needs of the vault (injected into its command handlers, so event-sourcing handlers stay
 * pure): encrypt a contact and the personal data in free text for an event, and read a contact back for a
 * recorded disclosure. The subsidiary that received the case gives the region its phone numbers are read in.
 */
public interface CustomerVault {

    /**
     * Finds or registers the customer (by phone or e-mail fingerprint), notes that this case names them,
     * and encrypts the contact under their data key, in canonical form (phone in E.164, e-mail lower-cased).
     *
     * @throws com.serviceledger.kernel.common.InvalidInput naming {@code customer.phone} when the phone is not
     *                                                      a valid number
     */
    ProtectedContact protect(CustomerContact contact, CaseRef namedBy, String subsidiaryId);

    /**
     * The free text with its phone numbers, e-mail addresses and ID-card numbers sealed under the customer's key
     * ({@link PiiTokens}); dropped instead when the case names no customer or the customer was erased. Null for null.
     */
    String protectText(String text, String customerId, String subsidiaryId);

    /** @throws ContactErased when the customer's key is gone */
    CustomerContact reveal(ProtectedContact contact);
}
