package com.serviceledger.platform.privacy;

import java.util.function.UnaryOperator;

/** The personal data found in free text; the label is the kind's name in a {@link PiiTokens} token. */
public enum PiiKind {
    PHONE("phone", Masks::phone),
    EMAIL("email", Masks::email),
    ID_CARD("id-card", Masks::idCard);

    private final String label;
    private final UnaryOperator<String> mask;

    PiiKind(String label, UnaryOperator<String> mask) {
        this.label = label;
        this.mask = mask;
    }

    public String label() {
        return label;
    }

    public String mask(String clear) {
        return mask.apply(clear);
    }

    /** What a view shows where the value's key is gone: {@code [phone erased]}. */
    public String erased() {
        return "[" + label + " erased]";
    }

    static PiiKind ofLabel(String label) {
        for (PiiKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no PII kind " + label);
    }
}
