package com.serviceledger.platform.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JacksonModule;

/** The problem-details error handling, the request limits and the JSON-commands rule both APIs share. */
@Configuration(proxyBeanMethods = false)
@Import(ProblemDetailsAdvice.class)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class ProblemDetailsConfiguration {

    @Bean
    RequestSizeLimit requestSizeLimit(WebLimitsProperties limits) {
        return new RequestSizeLimit(limits);
    }

    /** Commands only as JSON (the cross-site request guard), before the security chain. */
    @Bean
    JsonCommandsOnly jsonCommandsOnly() {
        return new JsonCommandsOnly();
    }

    /** Picked up by the auto-configured JSON mapper the WebFlux codecs read request bodies with. */
    @Bean
    JacksonModule strictStringCollections() {
        return StrictStringCollections.module();
    }

    /** No coercion, no null elements, ISO-only windowed dates: see {@link StrictJson}. */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return StrictJson.customizer();
    }

    @Bean
    JacksonModule strictTemporals() {
        return StrictJson.temporalModule();
    }

    @Bean
    NettyServerCustomizer bareErrorsAsProblems() {
        return BareErrorsAsProblems.customizer();
    }
}
