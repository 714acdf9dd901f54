package com.serviceledger.platform.processor;

/**
 * How far one streaming event processor is from the head of the event stream, over all its segments: those
 * this instance has claimed with their live position, every other one (claimed elsewhere, or released after a
 * failure and waiting out its back-off) with its stored token.
 *
 * @param segmentsClaimed segments this instance works on
 * @param lagEvents       head position − the lowest segment's position; {@code null} while no segment exists
 * @param lagSeconds      age of the oldest event not yet processed; 0 when caught up
 * @param deadLetters     events parked in the processor's dead-letter queue; {@code null} without a queue
 * @param error           the first failing segment's error (exception type and message), or {@code null}
 */
public record ProcessorStatus(String name, boolean running, boolean errorState, String error, int segmentsClaimed,
                              Long lagEvents, Double lagSeconds, Long deadLetters) {
}
