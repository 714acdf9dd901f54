package com.serviceledger.command.notification.mail;

import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.platform.notification.Delivery;
import java.util.Optional;

/**
 * A case's customer in clear, read when a mail to them is sent and never kept: the delivery row holds no address,
 * so once the customer is erased nothing is left to send to.
 */
@FunctionalInterface
public interface CaseCustomers {

    /**
     * The customer of the notification's case, empty when the case names none.
     *
     * @throws com.serviceledger.kernel.common.ContactErased when the customer was erased
     */
    Optional<CustomerContact> of(Delivery delivery);
}
