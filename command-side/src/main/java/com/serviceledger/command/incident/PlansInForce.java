package com.serviceledger.command.incident;

import java.util.Optional;

/** The version in force of an emergency plan: its latest published one (none before the first publication). */
public interface PlansInForce {

    Optional<Integer> versionInForce(String planId);
}
