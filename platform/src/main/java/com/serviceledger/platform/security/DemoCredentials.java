package com.serviceledger.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Credentials anyone can read in this repository: configured users with plain-text ({@code {noop}}) passwords, such
 * as the standalone's demo users, and the public demo keys of the customer vault. When any is active, the system
 * says so in one warning block at start-up and listens on the loopback address only, unless {@code server.address}
 * is set explicitly (a deliberate choice, e.g. {@code SERVER_ADDRESS=0.0.0.0} in a container). Decided while the
 * environment is prepared, before the server binds; the warning is logged once logging is set up.
 */
public class DemoCredentials implements EnvironmentPostProcessor {

    /** The standalone's and the compose stack's documented development keys (public: they are in this repository). */
    static final String PUBLIC_MASTER_KEY = "ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=";
    static final String PUBLIC_FINGERPRINT_KEY = "ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE=";
    static final String LOOPBACK = "127.0.0.1";
    private static final String SERVER_ADDRESS = "server.address";

    private final Log log;

    public DemoCredentials(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoCredentials.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> found = found(environment);
        if (found.isEmpty()) {
            return;
        }
        String address = environment.getProperty(SERVER_ADDRESS);
        if (address == null) {
            // the lowest precedence: only where nothing else sets the address
            environment.getPropertySources().addLast(new MapPropertySource("demoCredentialsLoopback",
                    Map.of(SERVER_ADDRESS, LOOPBACK)));
        }
        // a line per entry: log messages are single-line
        log.warn("*** DEMO CREDENTIALS ACTIVE ***");
        found.forEach(what -> log.warn("  " + what + ": published in this repository, usable by anyone"));
        log.warn(address == null
                ? "  So this server listens on " + LOOPBACK + " only; set server.address (e.g. SERVER_ADDRESS=0.0.0.0) "
                        + "to listen elsewhere once you accept that"
                : "  server.address is set to " + address + " explicitly: reachable wherever that address is");
        log.warn("  Before real use: users with {bcrypt} passwords or serviceledger.security.mode=jwt, and your own "
                + "SERVICELEDGER_PRIVACY_MASTERKEY and SERVICELEDGER_PRIVACY_FINGERPRINTKEY (README, Customer privacy)");
    }

    /** What public credentials the environment activates, each named (never its secret). */
    static List<String> found(ConfigurableEnvironment environment) {
        List<String> found = new ArrayList<>();
        if ("users".equalsIgnoreCase(environment.getProperty("serviceledger.security.mode"))) {
            List<String> plain = Binder.get(environment)
                    .bind("serviceledger.security.users", Bindable.listOf(SecurityProperties.User.class))
                    .orElse(List.of()).stream()
                    .filter(user -> user.password() != null && user.password().startsWith("{noop}"))
                    .map(SecurityProperties.User::name).toList();
            if (!plain.isEmpty()) {
                found.add("users with plain-text passwords " + plain);
            }
        }
        if (PUBLIC_MASTER_KEY.equals(environment.getProperty("serviceledger.privacy.master-key"))) {
            found.add("the demo master key of the customer vault");
        }
        if (PUBLIC_FINGERPRINT_KEY.equals(environment.getProperty("serviceledger.privacy.fingerprint-key"))) {
            found.add("the demo fingerprint key of the customer vault");
        }
        return found;
    }
}
