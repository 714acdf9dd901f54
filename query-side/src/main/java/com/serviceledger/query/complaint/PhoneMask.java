package com.serviceledger.query.complaint;

/** Customer phones leave the event store only masked (138****1234): views are not for everyone's eyes. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        int length = digits.length();
        if (length >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(length - 4);
        }
        return length >= 6 ? "****" + digits.substring(length - 2) : "****";
    }
}
