package com.serviceledger.kernel.servicerequest;

/** How hard the assessment judges the request to be. */
public enum Difficulty {
    LOW, MEDIUM, HIGH
}
