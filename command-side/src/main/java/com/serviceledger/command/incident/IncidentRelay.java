package com.serviceledger.command.incident;

import com.serviceledger.kernel.incident.ComplaintRaisedToIncident;
import com.serviceledger.kernel.incident.DeclareIncident;
import com.serviceledger.kernel.incident.EmergencyKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Declares the incident a major complaint was raised to, in the complained-about unit. Stateless; delivery is at
 * least once, and a repeated declaration changes nothing.
 */
@Component
@ProcessingGroup(IncidentRelay.PROCESSING_GROUP)
class IncidentRelay {

    static final String PROCESSING_GROUP = "incident-relay";

    private final CommandGateway commands;

    IncidentRelay(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ComplaintRaisedToIncident event) {
        commands.sendAndWait(new DeclareIncident(event.incidentId(), event.complainedAbout(),
                EmergencyKind.MAJOR_COMPLAINT, event.severity(), "Major complaint " + event.complaintId(),
                event.complaintId()));
    }
}
