package com.serviceledger.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiFinderTest {

    final PiiFinder finder = new PiiFinder(new PhoneNumbers("CN", Map.of()));

    @Test
    void finds_phones_emails_and_id_card_numbers_in_chinese_and_english_text() {
        String text = "客户电话13929796768，邮箱Zhang.San+bill@Example.com，身份证11010519491231002X。"
                + " Also call +86 139-2979-6768 or 010-65529988.";
        List<PiiFinder.Found> found = finder.find(text, "CN");
        assertThat(found).extracting(PiiFinder.Found::kind, PiiFinder.Found::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PiiKind.PHONE, "+8613929796768"),
                org.assertj.core.groups.Tuple.tuple(PiiKind.EMAIL, "Zhang.San+bill@Example.com"),
                org.assertj.core.groups.Tuple.tuple(PiiKind.ID_CARD, "11010519491231002X"),
                org.assertj.core.groups.Tuple.tuple(PiiKind.PHONE, "+8613929796768"),
                org.assertj.core.groups.Tuple.tuple(PiiKind.PHONE, "+861065529988"));
        assertThat(text.substring(found.get(2).start(), found.get(2).end())).isEqualTo("11010519491231002X");
    }

    @Test
    void an_id_card_number_needs_its_check_character_and_a_real_birth_date() {
        assertThat(PiiFinder.isIdCardNumber("11010519491231002X")).isTrue();
        assertThat(PiiFinder.isIdCardNumber("11010519491231002x")).isTrue();
        assertThat(PiiFinder.isIdCardNumber("110101199003071233")).isTrue();
        assertThat(PiiFinder.isIdCardNumber("110101199003071234")).isFalse(); // check digit
        assertThat(PiiFinder.isIdCardNumber("110101199002301236")).isFalse(); // 30 February
        assertThat(PiiFinder.isIdCardNumber("11010119900307123")).isFalse();  // 17 characters
        assertThat(finder.find("order 110101199003071234 shipped", "CN")).isEmpty();
    }

    @Test
    void the_digits_of_an_email_or_an_id_card_are_not_a_phone_of_their_own_and_order_numbers_are_not_phones() {
        assertThat(finder.find("mail 13929796768@qq.com", "CN")).extracting(PiiFinder.Found::kind)
                .containsExactly(PiiKind.EMAIL);
        assertThat(finder.find("身份证110101199003071233", "CN")).extracting(PiiFinder.Found::kind)
                .containsExactly(PiiKind.ID_CARD);
        assertThat(finder.find("Invoice INV-2024-0042 printed twice on 2024-03-05, 12 tons", "CN")).isEmpty();
        assertThat(finder.find(null, "CN")).isEmpty();
    }
}
