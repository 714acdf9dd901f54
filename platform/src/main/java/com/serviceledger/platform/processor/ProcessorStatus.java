package com.serviceledger.platform.processor;

/**
 * How far one streaming event processor is from the head of the event stream, as this instance sees it
 * (only the segments it has claimed count).
 *
 * @param segmentsClaimed segments this instance works on; lag is unknown ({@code null}) while it claims none
 * @param lagEvents       head position − the lowest claimed segment's position
 * @param lagSeconds      age of the oldest event not yet processed; 0 when caught up
 * @param deadLetters     events parked in the processor's dead-letter queue; {@code null} without a queue
 * @param error           the first failing segment's error (exception type and message), or {@code null}
 */
public record ProcessorStatus(String name, boolean running, boolean errorState, String error, int segmentsClaimed,
                              Long lagEvents, Double lagSeconds, Long deadLetters) {
}
