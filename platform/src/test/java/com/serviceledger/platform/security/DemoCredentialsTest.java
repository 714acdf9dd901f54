package com.serviceledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DemoCredentialsTest {

    private final DemoCredentials guard = new DemoCredentials(new DeferredLogs());

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    @Test
    void plainTextDemoUsersKeepTheServerOnLoopback() {
        StandardEnvironment environment = environment(Map.of("serviceledger.security.mode", "users",
                "serviceledger.security.users[0].name", "agent",
                "serviceledger.security.users[0].password", "{noop}agent",
                "serviceledger.security.users[1].name", "ops",
                "serviceledger.security.users[1].password", "{bcrypt}$2a$10$abc"));

        guard.postProcessEnvironment(environment, new SpringApplication());

        assertThat(DemoCredentials.found(environment)).containsExactly("users with plain-text passwords [agent]");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void thePublicVaultKeysKeepTheServerOnLoopbackUnlessTheAddressIsSetExplicitly() {
        StandardEnvironment demoKeys = environment(Map.of(
                "serviceledger.privacy.master-key", DemoCredentials.PUBLIC_MASTER_KEY,
                "serviceledger.privacy.fingerprint-key", DemoCredentials.PUBLIC_FINGERPRINT_KEY));
        guard.postProcessEnvironment(demoKeys, new SpringApplication());
        assertThat(demoKeys.getProperty("server.address")).isEqualTo("127.0.0.1");

        StandardEnvironment explicit = environment(Map.of(
                "serviceledger.privacy.master-key", DemoCredentials.PUBLIC_MASTER_KEY,
                "server.address", "0.0.0.0"));
        guard.postProcessEnvironment(explicit, new SpringApplication());
        assertThat(explicit.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void ownCredentialsChangeNothing() {
        StandardEnvironment own = environment(Map.of("serviceledger.security.mode", "jwt",
                "serviceledger.privacy.master-key", "b3duLW1hc3Rlci1rZXktb2YtdGhpcy1kZXBsb3ltZW50IQ==",
                "serviceledger.privacy.fingerprint-key", "b3duLWZpbmdlcnByaW50LWtleS1vZi10aGlzLWRlcGxveQ=="));
        guard.postProcessEnvironment(own, new SpringApplication());

        assertThat(DemoCredentials.found(own)).isEmpty();
        assertThat(own.getProperty("server.address")).isNull();
    }
}
