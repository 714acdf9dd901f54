package com.serviceledger.platform.correlation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Logging defaults of every ServiceLedger application, set before the logging system starts (which is why
 * they are not in {@code serviceledger-platform.properties}: that file is read later). Readable lines carry
 * the correlation id in brackets; the {@code json-logs} profile switches the console to structured JSON
 * (Elastic Common Schema, MDC included) for log shippers. Anything configured explicitly wins.
 */
public class LoggingDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String JSON_LOGS_PROFILE = "json-logs";
    static final String SOURCE = "serviceledgerLoggingDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // prints "[id] " when the MDC has one, nothing otherwise
        defaults.put("logging.pattern.correlation", "%replace([%X{" + CorrelationIds.MDC_KEY + "}] ){'^\\[\\] $', ''}");
        if (environment.acceptsProfiles(Profiles.of(JSON_LOGS_PROFILE))) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }

    /** After the config files are read (profiles known), before the logging system starts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
