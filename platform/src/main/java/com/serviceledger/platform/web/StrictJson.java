package com.serviceledger.platform.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Function;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.DurationDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The rules every JSON body both APIs read is held to, at binding, so a value that breaks one is a 400 naming its
 * field (through the parser's path) before any validation, command or aggregate sees it:
 * <ul>
 *   <li>no coercion: a fraction is not an integer ({@code 3.5} is not {@code 3}), a number or a boolean is not a
 *       string, a number is not an enum constant;</li>
 *   <li>no null inside a list, set or map ({@code "holidays":[null]}): the element is named, {@code holidays[0]};</li>
 *   <li>durations, instants and dates are ISO-8601 strings only (a bare number is not a duration), and instants and
 *       dates lie in the years {@value #EARLIEST_YEAR}–{@value #LATEST_YEAR}: what lies outside is no date of
 *       this business, and a far one overflowed the deadline arithmetic behind it.</li>
 * </ul>
 * Configuration properties are bound by Spring, not by this mapper: {@code response-minutes: 30} keeps working.
 */
public final class StrictJson {

    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 2999;

    private StrictJson() {
    }

    /** Applied to the auto-configured JSON mapper the WebFlux codecs read request bodies with. */
    public static JsonMapperBuilderCustomizer customizer() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
    }

    /** The ISO-only, windowed reading of durations, instants and dates. */
    public static JacksonModule temporalModule() {
        return new SimpleModule("strict-temporals")
                .addDeserializer(Duration.class, typed(DurationDeserializer.INSTANCE, Duration.class, d -> null))
                .addDeserializer(Instant.class, typed(InstantDeserializer.INSTANT, Instant.class,
                        i -> yearOf(i.atOffset(ZoneOffset.UTC).getYear())))
                .addDeserializer(OffsetDateTime.class, typed(InstantDeserializer.OFFSET_DATE_TIME,
                        OffsetDateTime.class, t -> yearOf(t.getYear())))
                .addDeserializer(ZonedDateTime.class, typed(InstantDeserializer.ZONED_DATE_TIME,
                        ZonedDateTime.class, t -> yearOf(t.getYear())))
                .addDeserializer(LocalDate.class, typed(LocalDateDeserializer.INSTANCE, LocalDate.class,
                        d -> yearOf(d.getYear())));
    }

    /** Null when the year lies in the window, else why not. */
    static String yearOf(int year) {
        return year < EARLIEST_YEAR || year > LATEST_YEAR
                ? "must lie in the years " + EARLIEST_YEAR + "–" + LATEST_YEAR : null;
    }

    @SuppressWarnings("unchecked")
    private static <T> ValueDeserializer<T> typed(ValueDeserializer<?> standard, Class<T> type,
            Function<T, String> refusal) {
        return (ValueDeserializer<T>) (ValueDeserializer<?>) new IsoOnly<>(standard, type, refusal);
    }

    /**
     * A value the rules refuse although it is well-formed JSON; its message is meant for the client and goes into
     * the problem's {@code errors[].message}.
     */
    public static final class RefusedValue extends MismatchedInputException {

        private static final long serialVersionUID = 1L;

        RefusedValue(JsonParser parser, String message, Class<?> type) {
            super(parser, message, type);
        }
    }

    /** The standard deserializer, reached only with a string, its result checked. */
    private static final class IsoOnly<T> extends DelegatingDeserializer {

        private final Class<T> type;
        private final Function<T, String> refusal;

        IsoOnly(ValueDeserializer<?> standard, Class<T> type, Function<T, String> refusal) {
            super(standard);
            this.type = type;
            this.refusal = refusal;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new IsoOnly<>(delegatee, type, refusal);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, "must be an ISO-8601 string", type);
            }
            Object value = super.deserialize(p, ctxt);
            String why = value == null ? null : refusal.apply(type.cast(value));
            if (why != null) {
                throw new RefusedValue(p, why, type);
            }
            return value;
        }
    }
}
