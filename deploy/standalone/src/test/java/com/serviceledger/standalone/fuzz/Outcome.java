package com.serviceledger.standalone.fuzz;

import java.util.List;

/** What one fuzzed request answered, and what about it broke a property (empty: nothing). */
public record Outcome(Operation operation, FuzzInput input, String correlationId, int status, String problemType,
                      List<String> violations, long millis) {
}
