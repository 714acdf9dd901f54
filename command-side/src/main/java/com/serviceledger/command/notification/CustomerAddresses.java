package com.serviceledger.command.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.common.DisclosedCustomer;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.complaint.DiscloseComplaintCustomer;
import com.serviceledger.kernel.servicerequest.DiscloseServiceRequestCustomer;
import com.serviceledger.platform.notification.Delivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * A customer's e-mail address for one notification, read as a person reads a contact: by a disclosure on the case,
 * whose purpose names the notification, so the case's own stream records every message sent to its customer. The
 * case refuses after erasure ({@link com.serviceledger.kernel.common.ContactErased}): an erased customer is never
 * written to.
 */
@Component
public class CustomerAddresses {

    static final String PRINCIPAL = "system:notifications";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandGateway commands;

    CustomerAddresses(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * @return the address, empty when the customer gave none
     * @throws com.serviceledger.kernel.common.ContactErased when the customer was erased
     */
    public Optional<String> emailOf(Delivery delivery) {
        String purpose = "notification " + delivery.kind() + " " + delivery.id();
        Object disclose = Occasions.COMPLAINT.equals(caseType(delivery))
                ? new DiscloseComplaintCustomer(delivery.caseId(), purpose)
                : new DiscloseServiceRequestCustomer(delivery.caseId(), purpose);
        DisclosedCustomer customer = commands.sendAndWait(GenericCommandMessage.asCommandMessage(disclose)
                .andMetaData(MetaData.with(MetadataKeys.PRINCIPAL, PRINCIPAL)));
        return Optional.ofNullable(customer.email()).filter(email -> !email.isBlank());
    }

    private static String caseType(Delivery delivery) {
        try {
            return JSON.readTree(delivery.payload()).path("caseType").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
