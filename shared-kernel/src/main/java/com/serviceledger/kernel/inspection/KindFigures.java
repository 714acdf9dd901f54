package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;

/** One kind's inspections in a month; {@code passRate} (0–1, items passed ÷ items) is null without items. */
public record KindFigures(int inspections, int inspectionsWithFailures, int items, int failedItems,
                          BigDecimal passRate) {
}
