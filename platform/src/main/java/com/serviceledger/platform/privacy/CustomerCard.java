package com.serviceledger.platform.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The customer as the query API shows a case's customer: masks only, filled at read time from the vault,
 * so an erasure shows everywhere at once and no index ever holds them. After erasure only the id remains.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerCard(String customerId, String name, String phone, String email, boolean erased) {

    public static CustomerCard erased(String customerId) {
        return new CustomerCard(customerId, null, null, null, true);
    }
}
