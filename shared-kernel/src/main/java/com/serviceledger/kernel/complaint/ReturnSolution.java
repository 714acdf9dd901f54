package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The department returns its solution, drawn up from the investigation, to the service staff (001 §3.3 item 3
 * 制定解決方案); again when the customer did not accept it and the department adjusts it (item 4).
 */
public record ReturnSolution(@TargetAggregateIdentifier String complaintId, String solution) {
}
