package com.serviceledger.kernel.common;

/**
 * A command only the system sends (a relay, a timer) as the consequence of recorded events, never a user: the
 * scope check refuses it when it comes from a request.
 */
public interface SystemCommand {
}
