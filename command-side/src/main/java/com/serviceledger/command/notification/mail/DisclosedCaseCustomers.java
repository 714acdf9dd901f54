package com.serviceledger.command.notification.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.common.CustomerContact;
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

/**
 * A customer's contact for one notification, read as a person reads it: by a disclosure on the case whose purpose
 * names the notification, so the case's own stream records every message sent to its customer. The case refuses
 * after erasure ({@link com.serviceledger.kernel.common.ContactErased}): an erased customer is never written to.
 */
class DisclosedCaseCustomers implements CaseCustomers {

    static final String PRINCIPAL = "system:notifications";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandGateway commands;

    DisclosedCaseCustomers(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public Optional<CustomerContact> of(Delivery delivery) {
        String purpose = "notification " + delivery.kind() + " " + delivery.id();
        Object disclose = "complaint".equals(caseType(delivery))
                ? new DiscloseComplaintCustomer(delivery.caseId(), purpose)
                : new DiscloseServiceRequestCustomer(delivery.caseId(), purpose);
        DisclosedCustomer customer = commands.sendAndWait(GenericCommandMessage.asCommandMessage(disclose)
                .andMetaData(MetaData.with(MetadataKeys.PRINCIPAL, PRINCIPAL)));
        return Optional.of(new CustomerContact(customer.name(), customer.phone(), customer.email()));
    }

    private static String caseType(Delivery delivery) {
        try {
            return JSON.readTree(delivery.payload()).path("caseType").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
