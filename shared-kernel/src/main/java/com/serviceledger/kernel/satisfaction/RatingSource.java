package com.serviceledger.kernel.satisfaction;

/**
 * Where a satisfaction score came from (000 §5.2.1, 001 §5.2). Complaint callbacks and service-request
 * acceptance surveys are recorded on their own cases; these are the other sources.
 */
public enum RatingSource {
    PHONE_FOLLOW_UP, ONLINE_RATING, QUESTIONNAIRE
}
