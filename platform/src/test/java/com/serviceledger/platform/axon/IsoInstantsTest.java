package com.serviceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_9999_END = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @Test
    void everyPlainUtcInstantReadsAsTheIsoFormatterReadsIt() {
        Random random = new Random(20261126);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(YEAR_0 + (long) (random.nextDouble() * (YEAR_9999_END - YEAR_0)),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = instant.toString();
            // also every fraction length, as other writers (Axon pads to milliseconds) produce them
            String trimmed = text.contains(".") ? text.substring(0, Math.max(20, text.length() - 1 - random.nextInt(9)))
                    + "Z" : text;
            for (String form : List.of(text, trimmed)) {
                assertThat(IsoInstants.parse(form)).as(form).isEqualTo(DateTimeFormatter.ISO_INSTANT.parse(form,
                        Instant::from));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T08:00:00+08:00", "2026-06-30T23:59:60Z", "+12026-03-01T08:00:00Z",
            "2026-03-01T08:00Z", "2026-03-01T08:00:00.Z", "2026-03-01T24:00:00Z"})
    void otherFormsAreTheFormattersToJudge(String text) {
        Object expected;
        try {
            expected = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            expected = e.getClass();
        }
        Object actual;
        try {
            actual = IsoInstants.parse(text);
        } catch (DateTimeParseException e) {
            actual = e.getClass();
        }
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T08:00:00Z", "2026-13-01T08:00:00Z",
            "2026-03-01 08:00:00Z", "2026-03-0aT08:00:00Z", "2026-03-01T08:00:00.1234567890Z"})
    void invalidTextIsRefusedAsTheFormatterRefusesIt(String text) {
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void theEventSerializerReadsPlainStringsFastAndEverythingElseAsBefore() throws Exception {
        ObjectMapper mapper = SerializerConfiguration.axonObjectMapper();
        record Stamped(Instant at) {
        }
        assertThat(mapper.readValue("{\"at\":\"2026-03-01T08:00:00.123Z\"}", Stamped.class).at())
                .isEqualTo(Instant.parse("2026-03-01T08:00:00.123Z"));
        assertThat(mapper.readValue("{\"at\":\"2026-03-01T08:00:00+08:00\"}", Stamped.class).at())
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(mapper.readValue("{\"at\":1772352000.5}", Stamped.class).at())
                .isEqualTo(Instant.ofEpochSecond(1772352000L, 500_000_000));
        assertThat(mapper.readValue("{\"at\":null}", Stamped.class).at()).isNull();
        assertThat(mapper.writeValueAsString(new Stamped(Instant.parse("2026-03-01T08:00:00Z"))))
                .isEqualTo("{\"at\":\"2026-03-01T08:00:00Z\"}");
    }
}
