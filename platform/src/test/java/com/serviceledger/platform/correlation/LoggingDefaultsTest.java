package com.serviceledger.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * The log format as an application starts with it: readable lines with the correlation id in brackets by
 * default, one ECS JSON object per line (the id a field of its own) with the {@code json-logs} profile.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoggingDefaultsTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void readableByDefaultWithTheCorrelationIdInBrackets(CapturedOutput output) {
        String line = logInAnApplication(output, "readable-1");

        assertThat(line).doesNotStartWith("{").contains("[corr-readable-1] ");
        // Boot's own line: an ISO time first, the level, the pid (Logback's ${…:-…} defaults, not Spring's)
        assertThat(line).matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\S* +[A-Z]+ \\d+ --- .*");
        assertThat(output.getOut().lines()).noneMatch(l -> l.startsWith("-"));
    }

    @Test
    void theJsonLogsProfileWritesEcsJsonCarryingTheCorrelationId(CapturedOutput output) {
        String line = logInAnApplication(output, "json-1", LoggingDefaults.JSON_LOGS_PROFILE);

        assertThat(line).startsWith("{").endsWith("}")
                .contains("\"ecs\":{\"version\"")
                .contains("\"correlationId\":\"corr-json-1\"")
                .contains("\"message\":\"hello json-1\"");
    }

    @Test
    void aLoggedValueCannotBreakTheLineAndForgeAnEntry(CapturedOutput output) {
        String line = logMessageInAnApplication(output, "forged-1", "forged-1\r\n2026-01-01T00:00:00.000Z ERROR 1 --- [main] x : forged"
                + "\u2028\u0085\u001B[31m\tend");

        assertThat(output.getOut().lines()).noneMatch(l -> l.startsWith("2026-01-01T00:00:00.000Z ERROR"));
        assertThat(line).contains("hello forged-1\\r\\n2026-01-01T00:00:00.000Z ERROR 1 --- [main] x : forged??"
                + "?[31m\tend");
    }

    private static String logInAnApplication(CapturedOutput output, String text, String... profiles) {
        return logMessageInAnApplication(output, text, text, profiles);
    }

    private static String logMessageInAnApplication(CapturedOutput output, String text, String message,
            String... profiles) {
        try (var ignored = new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
                .profiles(profiles).properties("spring.main.banner-mode=off").run()) {
            MDC.put(CorrelationIds.MDC_KEY, "corr-" + text);
            try {
                LoggerFactory.getLogger("com.serviceledger.test").warn("hello {}", message);
            } finally {
                MDC.remove(CorrelationIds.MDC_KEY);
            }
        }
        return output.getOut().lines().filter(l -> l.contains("hello " + text)).reduce((a, b) -> b).orElseThrow();
    }
}
