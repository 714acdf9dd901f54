package com.serviceledger.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiTokensTest {

    final PiiCipher cipher = new PiiCipher(Base64.getDecoder().decode("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
    final PiiTokens freeText = new PiiTokens(cipher);
    final PiiFinder finder = new PiiFinder(new PhoneNumbers("CN", Map.of()));
    final byte[] key = cipher.newDataKey();
    static final String TEXT = "Call 139-2979-6768 or mail zhang@example.com; ID 11010519491231002X.";

    @Test
    void the_values_are_sealed_under_the_customers_key_and_masked_while_it_exists() {
        String stored = freeText.protect(TEXT, finder.find(TEXT, "CN"), "CUS-1", key);

        assertThat(stored).startsWith("Call {pii:CUS-1:phone:").doesNotContain("2979", "6768", "zhang", "example",
                "110105", "002X");
        assertThat(PiiTokens.customersIn(stored)).containsExactly("CUS-1");
        assertThat(freeText.mask(stored, Map.of("CUS-1", key)))
                .isEqualTo("Call 139****6768 or mail z***@example.com; ID 1101**********002X.");
    }

    @Test
    void without_the_key_nothing_is_shown_and_without_a_customer_nothing_is_kept() {
        String stored = freeText.protect(TEXT, finder.find(TEXT, "CN"), "CUS-1", key);
        assertThat(freeText.mask(stored, Map.of()))
                .isEqualTo("Call [phone erased] or mail [email erased]; ID [id-card erased].");
        // another customer's key does not open them
        assertThat(freeText.mask(stored.replace("CUS-1", "CUS-2"), Map.of("CUS-2", key)))
                .isEqualTo("Call [phone erased] or mail [email erased]; ID [id-card erased].");

        String dropped = freeText.protect(TEXT, finder.find(TEXT, "CN"), null, null);
        assertThat(dropped).isEqualTo("Call {pii:phone} or mail {pii:email}; ID {pii:id-card}.");
        assertThat(freeText.mask(dropped, Map.of())).isEqualTo("Call [phone erased] or mail [email erased]; ID [id-card erased].");
    }

    @Test
    void text_without_personal_data_is_unchanged() {
        assertThat(freeText.protect("Invoice printed twice", finder.find("Invoice printed twice", "CN"), "CUS-1", key))
                .isEqualTo("Invoice printed twice");
        assertThat(freeText.mask("Invoice printed twice", Map.of())).isEqualTo("Invoice printed twice");
        assertThat(freeText.mask(null, Map.of())).isNull();
    }
}
