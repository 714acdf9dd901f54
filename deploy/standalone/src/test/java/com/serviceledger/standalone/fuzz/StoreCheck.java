package com.serviceledger.standalone.fuzz;

import java.util.Set;

/**
 * The events stored while the fuzz ran, by the kind of request that caused them (the correlation id each event
 * keeps): accepted requests, refused ones (must be none), and background work (timers, sagas) of neither.
 */
public record StoreCheck(long eventsAfter, long eventsOfAccepted, long eventsOfOthers, Set<String> eventsOfRefused) {
}
