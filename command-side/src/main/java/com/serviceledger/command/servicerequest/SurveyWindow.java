package com.serviceledger.command.servicerequest;

import java.time.Instant;

/**
 * The payload of the survey timer set at acceptance: the customer's window for the satisfaction survey.
 */
public record SurveyWindow(Instant acceptedAt, Instant dueAt) {

    static final String DEADLINE_NAME = "service-request-survey";
}
