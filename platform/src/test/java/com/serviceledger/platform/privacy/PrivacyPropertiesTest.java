package com.serviceledger.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.serviceledger.kernel.common.ContactErased;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PrivacyPropertiesTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
            .withUserConfiguration(PrivacyConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:privacy-properties");

    @Test
    void without_a_master_key_the_application_does_not_start_and_says_why() {
        context.withPropertyValues("serviceledger.privacy.fingerprint-key=ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE=")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("serviceledger.privacy.master-key is not set"));
    }

    @Test
    void a_master_key_of_the_wrong_length_is_refused() {
        assertThatThrownBy(() -> new PrivacyProperties("c2hvcnQ=", null, null, null, 100, "CN", null).masterKeyBytes())
                .hasMessageContaining("exactly 32 bytes");
    }

    static final String MASTER = "ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=";
    static final String PRINT = "ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE=";

    @Test
    void a_retired_key_equal_to_the_current_one_refuses_to_start() {
        context.withPropertyValues("serviceledger.privacy.master-key=" + MASTER,
                        "serviceledger.privacy.fingerprint-key=" + PRINT,
                        "serviceledger.privacy.retired-master-keys=" + MASTER)
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("serviceledger.privacy.retired-master-keys[0] is the current master key"));
        context.withPropertyValues("serviceledger.privacy.master-key=" + MASTER,
                        "serviceledger.privacy.fingerprint-key=" + PRINT,
                        "serviceledger.privacy.retired-fingerprint-keys=" + PRINT)
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("serviceledger.privacy.retired-fingerprint-keys[0] is the current "
                                + "fingerprint key"));
    }

    @Test
    void a_retired_key_of_the_wrong_length_refuses_to_start() {
        context.withPropertyValues("serviceledger.privacy.master-key=" + MASTER,
                        "serviceledger.privacy.fingerprint-key=" + PRINT,
                        "serviceledger.privacy.retired-master-keys=" + PRINT + ",c2hvcnQ=")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("serviceledger.privacy.retired-master-keys[1] must be exactly 32 bytes, not 5")
                        .hasMessageContaining("SERVICELEDGER_PRIVACY_RETIREDMASTERKEYS"));
        context.withPropertyValues("serviceledger.privacy.master-key=" + MASTER,
                        "serviceledger.privacy.fingerprint-key=" + PRINT,
                        "serviceledger.privacy.retired-fingerprint-keys=c2hvcnQ=")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("serviceledger.privacy.retired-fingerprint-keys[0] must be at least 32 bytes"));
    }

    @Test
    void retired_keys_of_the_right_length_start() {
        context.withPropertyValues("serviceledger.privacy.master-key=" + MASTER,
                        "serviceledger.privacy.fingerprint-key=" + PRINT,
                        "serviceledger.privacy.retired-master-keys=" + PRINT,
                        "serviceledger.privacy.retired-fingerprint-keys=" + MASTER)
                .run(started -> assertThat(started.getBean(PiiCipher.class).retiredMasterKeyIds())
                        .containsExactly(KeyIds.of(java.util.Base64.getDecoder().decode(PRINT))));
    }

    @Test
    void with_both_keys_the_vault_starts() {
        context.withPropertyValues("serviceledger.privacy.master-key=ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=",
                        "serviceledger.privacy.fingerprint-key=ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE=")
                .run(started -> assertThat(started).hasSingleBean(JdbcCustomerVault.class));
    }

    @Test
    void an_unknown_customer_reveals_nothing() {
        context.withPropertyValues("serviceledger.privacy.master-key=ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=",
                        "serviceledger.privacy.fingerprint-key=ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE=")
                .run(started -> assertThatThrownBy(() -> started.getBean(JdbcCustomerVault.class)
                        .reveal(new com.serviceledger.kernel.common.ProtectedContact(null, "pii:v1:x", null, null)))
                        .isInstanceOf(ContactErased.class));
    }
}
