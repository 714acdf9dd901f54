package com.serviceledger.platform.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.serviceledger.kernel.common.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phone numbers as libphonenumber reads them, in the region of the subsidiary that received the case: a number
 * without a country code ({@code 13929796768}) is read as that region's, so it and {@code +86 139-2979-6768} are
 * one number, {@code +8613929796768} in E.164. The directory records no country for a subsidiary (only its time
 * zone), so the region is configured: one default and any per subsidiary ({@link PrivacyProperties}).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;
    private final Map<String, String> regionBySubsidiary;

    public PhoneNumbers(String defaultRegion, Map<String, String> regionBySubsidiary) {
        this.defaultRegion = supported(defaultRegion, "serviceledger.privacy.phone-region");
        regionBySubsidiary.forEach((subsidiary, region) -> supported(region,
                "serviceledger.privacy.subsidiary-phone-regions." + subsidiary));
        this.regionBySubsidiary = Map.copyOf(regionBySubsidiary);
    }

    private static String supported(String region, String property) {
        String upper = region == null ? "" : region.trim().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(upper)) {
            throw new IllegalStateException(property + " must be a region code such as CN or HK, not '" + region + "'");
        }
        return upper;
    }

    /** The region numbers without a country code are read in; the default for an unknown or null subsidiary. */
    public String regionOf(String subsidiaryId) {
        return subsidiaryId == null ? defaultRegion : regionBySubsidiary.getOrDefault(subsidiaryId, defaultRegion);
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /**
     * The number in E.164 ({@code +8613929796768}).
     *
     * @param field the request field named when the number is refused
     * @throws InvalidInput when it is not a valid number (of the region, unless it has a country code)
     */
    public String canonical(String typed, String region, String field) {
        return parse(typed, region).map(number -> UTIL.format(number, PhoneNumberFormat.E164))
                .orElseThrow(() -> new InvalidInput(field, "must be a valid phone number (of region " + region
                        + ", unless it starts with + and a country code)"));
    }

    /**
     * The forms a customer may have been fingerprinted under: the E.164 form first (when the number is valid),
     * then the digits-only forms the fingerprints used before numbers were parsed (as typed, with and without
     * the country code, with the trunk prefix), so a customer registered then is still found.
     */
    public List<String> lookupForms(String typed, String region) {
        Set<String> forms = new LinkedHashSet<>();
        Optional<PhoneNumber> number = parse(typed, region);
        number.ifPresent(n -> forms.add(UTIL.format(n, PhoneNumberFormat.E164)));
        forms.add(digits(typed));
        number.ifPresent(n -> {
            forms.add(digits(UTIL.format(n, PhoneNumberFormat.E164)));
            forms.add(UTIL.getNationalSignificantNumber(n));
            forms.add(digits(UTIL.format(n, PhoneNumberFormat.NATIONAL)));
        });
        forms.remove("");
        return new ArrayList<>(forms);
    }

    /** A number found in free text: where it is and its E.164 form. */
    public record Found(int start, int end, String e164) {
    }

    /** The valid numbers in a text (of the region, or with a country code). */
    public List<Found> findIn(String text, String region) {
        List<Found> found = new ArrayList<>();
        for (PhoneNumberMatch match : UTIL.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            found.add(new Found(match.start(), match.end(), UTIL.format(match.number(), PhoneNumberFormat.E164)));
        }
        return found;
    }

    /** The number without country code or trunk prefix ({@code 13929796768}), for masks; empty if unparseable. */
    static Optional<String> nationalNumber(String e164) {
        return parse(e164, "ZZ").map(UTIL::getNationalSignificantNumber);
    }

    private static Optional<PhoneNumber> parse(String typed, String region) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(typed, region);
            return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("[^0-9]", "");
    }
}
