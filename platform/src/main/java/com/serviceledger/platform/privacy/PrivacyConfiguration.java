package com.serviceledger.platform.privacy;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The customer vault, for both sides: the command side encrypts and erases, the query side reads masks. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

    /** Fails the start-up with a clear message when a key is missing: there is no safe default. */
    @Bean
    JdbcCustomerVault customerVault(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                    PrivacyProperties properties, Clock clock) {
        return new JdbcCustomerVault(jdbc, new TransactionTemplate(transactionManager),
                new PiiCipher(properties.masterKeyBytes()), new Fingerprints(properties.fingerprintKeyBytes()), clock);
    }
}
