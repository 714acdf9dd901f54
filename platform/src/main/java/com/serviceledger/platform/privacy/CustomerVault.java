package com.serviceledger.platform.privacy;

import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.ProtectedContact;

/**
 * What an aggregate needs of the vault (injected into its command handlers, so event-sourcing handlers stay
 * pure): encrypt a contact for an event, and read one back for a recorded disclosure.
 */
public interface CustomerVault {

    /**
     * Finds or registers the customer (by phone or e-mail fingerprint), notes that this case names them,
     * and encrypts the contact under their data key.
     */
    ProtectedContact protect(CustomerContact contact, CaseRef namedBy);

    /** @throws ContactErased when the customer's key is gone */
    CustomerContact reveal(ProtectedContact contact);
}
