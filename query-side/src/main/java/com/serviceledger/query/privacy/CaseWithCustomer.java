package com.serviceledger.query.privacy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.serviceledger.platform.privacy.CustomerCard;

/**
 * A case view as the API answers it: the stored document's fields, plus {@code customer} with the masks
 * taken from the vault at read time (absent when the case names no customer).
 */
public record CaseWithCustomer<V>(@JsonUnwrapped V view, CustomerCard customer) {
}
