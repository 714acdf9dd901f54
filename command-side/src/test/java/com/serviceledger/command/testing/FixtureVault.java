package com.serviceledger.command.testing;

import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.platform.privacy.CaseRef;
import com.serviceledger.platform.privacy.CustomerVault;

/**
 * A vault for aggregate fixtures: fixed tokens, so expected events compare equal; the real encryption is
 * tested against the real vault (PiiCipherTest, the API contracts).
 */
public final class FixtureVault implements CustomerVault {

    public static final ProtectedContact PROTECTED = new ProtectedContact("CUS-1", "pii:v1:name", "pii:v1:phone", null);

    private final CustomerContact clear;
    private boolean erased;

    public FixtureVault(CustomerContact clear) {
        this.clear = clear;
    }

    @Override
    public ProtectedContact protect(CustomerContact contact, CaseRef namedBy, String subsidiaryId) {
        return PROTECTED;
    }

    /** Texts as given: the fixtures' texts hold no personal data (FreeTextTest and the API contracts test that). */
    @Override
    public String protectText(String text, String customerId, String subsidiaryId) {
        return text;
    }

    @Override
    public CustomerContact reveal(ProtectedContact contact) {
        if (erased || !PROTECTED.equals(contact)) {
            throw new ContactErased("erased");
        }
        return clear;
    }

    /** The key is gone from the vault (the case itself may not know yet). */
    public void erase() {
        erased = true;
    }
}
