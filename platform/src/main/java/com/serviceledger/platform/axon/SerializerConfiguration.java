package com.serviceledger.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One Jackson 2 serializer for events, messages, snapshots, tokens and deadlines. JSON keeps the store
 * readable by auditors; ISO-8601 instants keep it independent of the JVM's time zone.
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {

    /** Axon's mapper; not a bean, so Boot's (Jackson 3) web layer is not affected. Public for offline replays. */
    public static ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                // registered after the time module, so it replaces that module's Instant reader
                .registerModule(new SimpleModule("fast-instants").addDeserializer(Instant.class,
                        new FastInstantDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // events gain fields over time; old readers must not choke on them
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).defaultTyping().build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return newEventSerializer();
    }

    /** The event serializer outside Spring too, for tools that read stored or exported events offline. */
    public static Serializer newEventSerializer() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).build();
    }

    /**
     * The event upcaster chain ({@link EventUpcasters}), passed to the JDBC storage engine and the audit replay. As
     * an {@code EventUpcaster} bean it is also what Axon's {@code InfraConfiguration} registers with Axon's
     * configuration, whose chain the Axon Server event store reads through.
     */
    @Bean
    EventUpcasterChain eventUpcasters() {
        return EventUpcasters.chain();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).build();
    }
}
