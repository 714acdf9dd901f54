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
    /**
     * The message with its line breaks written as {@code \\r} and {@code \\n} and every other control character
     * (ANSI escapes, NEL, line and paragraph separators; tabs stay) as {@code ?}: a value a client sent that ends
     * up in a message (an id, a name, an exception's text) cannot start a line of its own and forge an entry.
     * One place for every logger; the stack trace after the message keeps its lines. The JSON format escapes
     * by itself.
     */
    static final String SINGLE_LINE_MESSAGE =
            "%replace(%replace(%replace(%m){'\\r', '\\\\r'}){'\\n', '\\\\n'}){'[\\p{Cc}\\u0085\\u2028\\u2029&&[^\\t]]', '?'}";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // prints "[id] " when the MDC has one, nothing otherwise
        defaults.put("logging.pattern.correlation", "%replace([%X{" + CorrelationIds.MDC_KEY + "}] ){'^\\[\\] $', ''}");
        // Spring Boot's own line patterns, the message made single-line (see SINGLE_LINE_MESSAGE); the ${…:-…} are
        // Logback's and escaped from Spring's placeholder resolution (which would read ":-x" as the default "-x")
        defaults.put("logging.pattern.console", "%clr(%d{\\${LOG_DATEFORMAT_PATTERN:-yyyy-MM-dd'T'HH:mm:ss.SSSXXX}}){faint} "
                + "%clr(\\${LOG_LEVEL_PATTERN:-%5p}){} %clr(\\${PID:-}){magenta} %clr(--- %esb(){APPLICATION_NAME}"
                + "%esb{APPLICATION_GROUP}[%15.15t] \\${LOG_CORRELATION_PATTERN:-}){faint}%clr(%-40.40logger{39}){cyan} "
                + "%clr(:){faint} " + SINGLE_LINE_MESSAGE + "%n\\${LOG_EXCEPTION_CONVERSION_WORD:-%wEx}");
        defaults.put("logging.pattern.file", "%d{\\${LOG_DATEFORMAT_PATTERN:-yyyy-MM-dd'T'HH:mm:ss.SSSXXX}} "
                + "\\${LOG_LEVEL_PATTERN:-%5p} \\${PID:-} --- %esb(){APPLICATION_NAME}%esb{APPLICATION_GROUP}[%t] "
                + "\\${LOG_CORRELATION_PATTERN:-}%-40.40logger{39} : " + SINGLE_LINE_MESSAGE
                + "%n\\${LOG_EXCEPTION_CONVERSION_WORD:-%wEx}");
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
