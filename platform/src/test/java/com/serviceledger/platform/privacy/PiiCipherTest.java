package com.serviceledger.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PiiCipherTest {

    final byte[] master = Base64.getDecoder().decode("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    final PiiCipher cipher = new PiiCipher(master);

    @Test
    void a_wrapped_data_key_unwraps_only_for_its_own_customer_and_master_key() {
        byte[] key = cipher.newDataKey();
        String wrapped = cipher.wrap(key, "CUS-1");

        assertThat(cipher.unwrap(wrapped, "CUS-1")).isEqualTo(key);
        assertThatThrownBy(() -> cipher.unwrap(wrapped, "CUS-2")).isInstanceOf(PiiCipher.UnreadableToken.class);
        byte[] otherMaster = master.clone();
        otherMaster[0] ^= 1;
        assertThatThrownBy(() -> new PiiCipher(otherMaster).unwrap(wrapped, "CUS-1"))
                .isInstanceOf(PiiCipher.UnreadableToken.class);
    }

    @Test
    void a_key_wrapped_under_a_retired_master_key_unwraps_by_its_id_or_by_trial() {
        byte[] retired = master.clone();
        retired[0] ^= 1;
        byte[] key = cipher.newDataKey();
        String wrapped = new PiiCipher(retired).wrap(key, "CUS-1");
        PiiCipher rotated = new PiiCipher(master, java.util.List.of(retired));

        assertThat(rotated.unwrap(wrapped, KeyIds.of(retired), "CUS-1").dataKey()).isEqualTo(key);
        // recorded before key ids were: the GCM tag tells which key fits
        assertThat(rotated.unwrap(wrapped, null, "CUS-1").masterKeyId()).isEqualTo(KeyIds.of(retired));
        assertThat(rotated.masterKeyId()).isEqualTo(KeyIds.of(master)).isNotEqualTo(KeyIds.of(retired));
        assertThatThrownBy(() -> cipher.unwrap(wrapped, null, "CUS-1")).isInstanceOf(PiiCipher.UnreadableToken.class);
        assertThatThrownBy(() -> cipher.unwrap(wrapped, KeyIds.of(retired), "CUS-1"))
                .isInstanceOf(PiiCipher.UnreadableToken.class).hasMessageContaining("neither the current nor a retired");
    }

    @Test
    void a_token_is_fresh_each_time_and_reads_back_under_its_customer_and_field() {
        byte[] key = cipher.newDataKey();
        String first = cipher.encrypt(key, "CUS-1", "phone", "13812341234");
        String second = cipher.encrypt(key, "CUS-1", "phone", "13812341234");

        assertThat(first).startsWith("pii:v1:").isNotEqualTo(second).doesNotContain("1234");
        assertThat(cipher.decrypt(key, "CUS-1", "phone", first)).isEqualTo("13812341234");
    }

    @Test
    void wrong_associated_data_does_not_decrypt() {
        byte[] key = cipher.newDataKey();
        String token = cipher.encrypt(key, "CUS-1", "phone", "13812341234");

        assertThatThrownBy(() -> cipher.decrypt(key, "CUS-1", "email", token))
                .isInstanceOf(PiiCipher.UnreadableToken.class);
        assertThatThrownBy(() -> cipher.decrypt(key, "CUS-2", "phone", token))
                .isInstanceOf(PiiCipher.UnreadableToken.class);
        assertThatThrownBy(() -> cipher.decrypt(cipher.newDataKey(), "CUS-1", "phone", token))
                .isInstanceOf(PiiCipher.UnreadableToken.class);
    }

    @Test
    void tampered_ciphertext_does_not_decrypt() {
        byte[] key = cipher.newDataKey();
        String token = cipher.encrypt(key, "CUS-1", "name", "张三");
        byte[] sealed = Base64.getDecoder().decode(token.substring(PiiCipher.TOKEN_PREFIX.length()));
        sealed[14] ^= 0x01;
        String tampered = PiiCipher.TOKEN_PREFIX + Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.decrypt(key, "CUS-1", "name", tampered))
                .isInstanceOf(PiiCipher.UnreadableToken.class);
    }

    @Test
    void masks_show_the_first_character_the_phone_ends_and_the_mail_domain() {
        assertThat(Masks.name("张三")).isEqualTo("张*");
        assertThat(Masks.phone("138 1234 1234")).isEqualTo("138****1234");
        assertThat(Masks.phone("+8613812341234")).isEqualTo("138****1234");
        assertThat(Masks.idCard("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Masks.email("zhang.san@example.com")).isEqualTo("z***@example.com");
    }

    @Test
    void a_fingerprint_depends_on_the_key_and_e_mails_are_printed_in_canonical_form() {
        Fingerprints prints = new Fingerprints(master);
        assertThat(prints.ofEmail(" Z@Example.com")).isEqualTo(prints.ofEmail("z@example.com"));
        byte[] otherKey = master.clone();
        otherKey[0] ^= 1;
        assertThat(new Fingerprints(otherKey).ofPhone("+8613812341234")).isNotEqualTo(prints.ofPhone("+8613812341234"));
    }
}
