package com.serviceledger.platform.privacy;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer vault, for both sides: the command side encrypts, erases and rotates keys, the query side
 * reads masks.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

    /** Fails the start-up with a clear message when a key is missing or a retired one is wrong. */
    @Bean
    PiiCipher piiCipher(PrivacyProperties properties) {
        return new PiiCipher(properties.masterKeyBytes(), properties.retiredMasterKeyBytes());
    }

    @Bean
    Fingerprints fingerprints(PrivacyProperties properties) {
        return new Fingerprints(properties.fingerprintKeyBytes(), properties.retiredFingerprintKeyBytes());
    }

    /** Fails the start-up when a configured region is not one libphonenumber knows. */
    @Bean
    PhoneNumbers phoneNumbers(PrivacyProperties properties) {
        return new PhoneNumbers(properties.phoneRegion(), properties.subsidiaryPhoneRegions());
    }

    @Bean
    JdbcCustomerVault customerVault(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                    PiiCipher cipher, Fingerprints fingerprints, PhoneNumbers phones, Clock clock) {
        return new JdbcCustomerVault(jdbc, new TransactionTemplate(transactionManager), cipher, fingerprints, phones,
                clock);
    }

    @Bean
    VaultKeys vaultKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PiiCipher cipher,
                        Fingerprints fingerprints, PhoneNumbers phones) {
        return new VaultKeys(jdbc, new TransactionTemplate(transactionManager), cipher, fingerprints, phones);
    }
}
