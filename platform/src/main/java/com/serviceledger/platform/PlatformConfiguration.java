package com.serviceledger.platform;

import com.serviceledger.platform.apidocs.ApiDocsConfiguration;
import com.serviceledger.platform.audit.EventChainConfiguration;
import com.serviceledger.platform.blob.BlobConfiguration;
import com.serviceledger.platform.correlation.CorrelationConfiguration;
import com.serviceledger.platform.axon.AxonJdbcConfiguration;
import com.serviceledger.platform.axon.AxonServerModeConfiguration;
import com.serviceledger.platform.axon.MessageOriginCorrelation;
import com.serviceledger.platform.axon.SerializerConfiguration;
import com.serviceledger.platform.database.EmbeddedPostgresConfiguration;
import com.serviceledger.platform.database.PostgresLinkTimeouts;
import com.serviceledger.platform.notification.NotificationConfiguration;
import com.serviceledger.platform.privacy.PrivacyConfiguration;
import com.serviceledger.platform.processor.ProcessorMonitoringConfiguration;
import com.serviceledger.platform.security.SecurityConfiguration;
import com.serviceledger.platform.web.ProblemDetailsConfiguration;
import java.time.Clock;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/** What both sides share. Imported by each side's configuration; idempotent when both are present. */
@Configuration(proxyBeanMethods = false)
@Import({AxonJdbcConfiguration.class, AxonServerModeConfiguration.class, SerializerConfiguration.class,
        ProblemDetailsConfiguration.class, EmbeddedPostgresConfiguration.class, ProcessorMonitoringConfiguration.class,
        EventChainConfiguration.class, PrivacyConfiguration.class, SecurityConfiguration.class,
        CorrelationConfiguration.class, ApiDocsConfiguration.class, NotificationConfiguration.class,
        BlobConfiguration.class})
@PropertySource("classpath:serviceledger-platform.properties")
public class PlatformConfiguration {

    /** Bounded waits on a hung PostgreSQL link; static, as every post-processor. */
    @Bean
    static PostgresLinkTimeouts postgresLinkTimeouts() {
        return new PostgresLinkTimeouts();
    }

    /** All domain time comes from here, so tests can control it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CorrelationDataProvider messageOriginCorrelation() {
        return new MessageOriginCorrelation();
    }
}
