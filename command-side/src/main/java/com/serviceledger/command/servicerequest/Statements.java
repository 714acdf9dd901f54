package com.serviceledger.command.servicerequest;

import com.serviceledger.kernel.common.RuleViolation;
import java.util.List;
import java.util.Objects;

/** Lists of statements a step must carry (missing items, plan steps, rejection reasons). */
final class Statements {

    private Statements() {
    }

    /** The non-blank entries, trimmed and without repeats; at least one, else the rule is broken. */
    static List<String> required(String field, List<String> given, String rule) {
        List<String> kept = given == null ? List.of() : given.stream()
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (kept.isEmpty()) {
            throw new RuleViolation(field, rule);
        }
        return kept;
    }
}
