package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;

/**
 * The month's non-conformities and what became of them by the close. A case that went overdue and was
 * fixed later counts in {@code overdue} and in {@code rectifiedLate};
 * {@code openAtClose} are those not rectified (overdue or not) when the month was closed. {@code onTimeRate} (0–1) is null
 * without any non-conformity.
 */
public record RectificationFigures(int raised, int rectifiedOnTime, int rectifiedLate, int overdue,
                                   int openAtClose, BigDecimal onTimeRate, BigDecimal overduePenalties) {
}
