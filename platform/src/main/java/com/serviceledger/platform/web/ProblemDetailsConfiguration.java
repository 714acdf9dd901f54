package com.serviceledger.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The problem-details error handling both APIs share. */
@Configuration(proxyBeanMethods = false)
@Import(ProblemDetailsAdvice.class)
public class ProblemDetailsConfiguration {
}
