package com.serviceledger.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.serviceledger.kernel.common.InvalidInput;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    final PhoneNumbers phones = new PhoneNumbers("CN", Map.of("sub-hk", "HK"));
    final Fingerprints prints = new Fingerprints(
            Base64.getDecoder().decode("ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE="));

    @Test
    void one_number_typed_many_ways_is_one_e164_number_and_one_fingerprint() {
        for (String typed : new String[] {"+86 139-2979-6768", "13929796768", "139 2979 6768", "0086 139 2979 6768",
                "(+86) 13929796768"}) {
            assertThat(phones.canonical(typed, "CN", "customer.phone")).as(typed).isEqualTo("+8613929796768");
        }
        assertThat(prints.ofPhone(phones.canonical("+86 139-2979-6768", "CN", "customer.phone")))
                .isEqualTo(prints.ofPhone(phones.canonical("13929796768", "CN", "customer.phone")));
        assertThat(phones.canonical("010 6552 9988", "CN", "customer.phone")).isEqualTo("+861065529988");
    }

    @Test
    void a_number_without_country_code_is_read_in_the_subsidiarys_region() {
        assertThat(phones.regionOf("sub-hk")).isEqualTo("HK");
        assertThat(phones.regionOf("sub-1")).isEqualTo("CN");
        assertThat(phones.regionOf(null)).isEqualTo("CN");
        assertThat(phones.canonical("9123 4567", phones.regionOf("sub-hk"), "customer.phone")).isEqualTo("+85291234567");
        assertThat(phones.canonical("+86 139 2979 6768", "HK", "customer.phone")).isEqualTo("+8613929796768");
    }

    @Test
    void an_invalid_or_unparseable_number_is_refused_naming_the_field() {
        for (String typed : new String[] {"12345", "1392979676", "139297967680", "phone me", "+86 000 0000 0000"}) {
            assertThatThrownBy(() -> phones.canonical(typed, "CN", "customer.phone")).as(typed)
                    .isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("customer.phone"));
        }
    }

    @Test
    void a_lookup_tries_the_e164_form_first_then_the_digits_old_fingerprints_were_made_of() {
        assertThat(phones.lookupForms("+86 139-2979-6768", "CN"))
                .containsExactly("+8613929796768", "8613929796768", "13929796768");
        assertThat(phones.lookupForms("010-6552 9988", "CN")).containsExactly("+861065529988", "01065529988",
                "861065529988", "1065529988");
        // a number that is not valid is still looked up by its digits, never refused
        assertThat(phones.lookupForms("12345", "CN")).containsExactly("12345");
    }

    @Test
    void an_unknown_region_stops_the_start_up() {
        assertThatThrownBy(() -> new PhoneNumbers("XX", Map.of())).hasMessageContaining("phone-region");
        assertThatThrownBy(() -> new PhoneNumbers("CN", Map.of("sub-1", "China")))
                .hasMessageContaining("subsidiary-phone-regions.sub-1");
    }
}
