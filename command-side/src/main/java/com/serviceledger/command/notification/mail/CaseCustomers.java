package com.serviceledger.command.notification.mail;

import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.platform.privacy.CustomerVault;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A case's customer in clear, read when a mail to them is sent and never kept: the delivery row holds no address,
 * so once the customer is erased nothing is left to send to. The contact is the one the case was received with.
 */
public class CaseCustomers {

    private final EventStore eventStore;
    private final CustomerVault vault;

    public CaseCustomers(EventStore eventStore, CustomerVault vault) {
        this.eventStore = eventStore;
        this.vault = vault;
    }

    /**
     * The customer of the case, empty when the case names none.
     *
     * @throws ContactErased when the customer was erased
     */
    public Optional<CustomerContact> of(String caseId) {
        // from sequence 0, not readEvents(id): that one would start at a snapshot if there were one
        return eventStore.readEvents(caseId, 0).asStream().findFirst()
                .map(first -> customerOf(first.getPayload()))
                .map(vault::reveal);
    }

    private static ProtectedContact customerOf(Object payload) {
        return switch (payload) {
            case ComplaintReceived received -> received.customer();
            case ServiceRequestReceived received -> received.customer();
            default -> null;
        };
    }
}
