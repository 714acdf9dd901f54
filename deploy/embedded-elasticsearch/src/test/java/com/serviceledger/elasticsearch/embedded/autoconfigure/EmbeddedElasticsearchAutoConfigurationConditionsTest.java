package com.serviceledger.elasticsearch.embedded.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchNode;

/** Conditions that need no node. */
class EmbeddedElasticsearchAutoConfigurationConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EmbeddedElasticsearchAutoConfiguration.class));

    @Test
    void staysOffUnlessEnabled() {
        runner.run(context -> assertThat(context).doesNotHaveBean(EmbeddedElasticsearchNode.class)
            .doesNotHaveBean(ElasticsearchConnectionDetails.class));
        runner.withPropertyValues("serviceledger.elasticsearch.embedded.enabled=false")
            .run(context -> assertThat(context).doesNotHaveBean(EmbeddedElasticsearchNode.class));
    }

    @Test
    void bindsItsProperties() {
        new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class)
            .withPropertyValues(
                "serviceledger.elasticsearch.embedded.data-dir=/var/lib/serviceledger/es",
                "serviceledger.elasticsearch.embedded.http-port=9201",
                "serviceledger.elasticsearch.embedded.cluster-name=standalone",
                "serviceledger.elasticsearch.embedded.shared-in-jvm=true",
                "serviceledger.elasticsearch.embedded.settings[logger.level]=INFO",
                "serviceledger.elasticsearch.embedded.password=fixed-secret")
            .run(context -> {
                var settings = context.getBean(EmbeddedElasticsearchProperties.class).toNodeSettings();
                assertThat(settings.dataDir()).hasToString("/var/lib/serviceledger/es");
                assertThat(settings.httpPort()).isEqualTo(9201);
                assertThat(settings.transportPort()).isZero();
                assertThat(settings.clusterName()).isEqualTo("standalone");
                assertThat(settings.additionalSettings()).containsEntry("logger.level", "INFO");
                assertThat(settings.password()).isEqualTo("fixed-secret");
                assertThat(context.getBean(EmbeddedElasticsearchProperties.class).toString()).doesNotContain("fixed-secret");
                assertThat(context.getBean(EmbeddedElasticsearchProperties.class).sharedInJvm()).isTrue();
            });
    }

    @org.springframework.boot.context.properties.EnableConfigurationProperties(EmbeddedElasticsearchProperties.class)
    static class PropertiesOnly {
    }
}
