package com.serviceledger.platform.privacy;

/**
 * What may be shown without a recorded disclosure: {@code 张*}, {@code 138****1234}, {@code z***@example.com},
 * {@code 1101**********1234}.
 */
public final class Masks {

    private Masks() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        // an E.164 number shows its national part, as the customer would write it: +8613812341234 as 138****1234
        String digits = PhoneNumbers.nationalNumber(phone.strip())
                .orElseGet(() -> phone.replaceAll("[^0-9+]", ""));
        int length = digits.length();
        if (length >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(length - 4);
        }
        return length >= 6 ? "****" + digits.substring(length - 2) : "****";
    }

    /** The first character, then one star per further character (at least one). */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        int first = trimmed.codePointAt(0);
        int rest = Math.max(1, trimmed.codePointCount(0, trimmed.length()) - 1);
        return new String(Character.toChars(first)) + "*".repeat(rest);
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return new String(Character.toChars(trimmed.codePointAt(0))) + "***" + trimmed.substring(at);
    }

    /** A Chinese ID-card number: its first 4 (the region) and last 4 characters. */
    public static String idCard(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String trimmed = number.strip();
        return trimmed.length() <= 8 ? "*".repeat(trimmed.length())
                : trimmed.substring(0, 4) + "*".repeat(trimmed.length() - 8) + trimmed.substring(trimmed.length() - 4);
    }
}
