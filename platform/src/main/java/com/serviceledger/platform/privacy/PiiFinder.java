package com.serviceledger.platform.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal data a customer or a member of staff types into free text: phone numbers (libphonenumber,
 * valid numbers of the subsidiary's region or with a country code), e-mail addresses, and Chinese resident
 * ID-card numbers (18 characters whose check character fits, ISO 7064 MOD 11-2, with a real birth date).
 */
public final class PiiFinder {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9-])");
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private final PhoneNumbers phones;

    public PiiFinder(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** One piece of personal data in a text: its kind, where it is, and its value (phones in E.164). */
    public record Found(PiiKind kind, int start, int end, String value) {
    }

    /**
     * Every piece in the text, in order, none overlapping another: where two overlap, an ID-card number wins over
     * an e-mail address, and both over a phone number (the digits of an ID card or of {@code 139…@qq.com} are
     * not a phone of their own).
     */
    public List<Found> find(String text, String region) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Found> candidates = new ArrayList<>();
        Matcher id = ID_CARD.matcher(text);
        while (id.find()) {
            if (isIdCardNumber(id.group())) {
                candidates.add(new Found(PiiKind.ID_CARD, id.start(), id.end(), id.group().toUpperCase(Locale.ROOT)));
            }
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            candidates.add(new Found(PiiKind.EMAIL, email.start(), email.end(), email.group()));
        }
        phones.findIn(text, region).forEach(phone ->
                candidates.add(new Found(PiiKind.PHONE, phone.start(), phone.end(), phone.e164())));
        List<Found> kept = new ArrayList<>();
        for (Found candidate : candidates) { // in order of precedence
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Found::start));
        return kept;
    }

    /** 17 digits, then the check character over them; the birth date (characters 7–14) a real date. */
    static boolean isIdCardNumber(String number) {
        if (number.length() != 18 || !number.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        if (Character.toUpperCase(number.charAt(17)) != ID_CHECK.charAt(sum % 11)) {
            return false;
        }
        try {
            LocalDate born = LocalDate.parse(number.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            return born.getYear() >= 1900;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
