package com.serviceledger.command.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param threads       commands handled at once; about the database pool's size, more only queue for it
 * @param queueCapacity commands waiting beyond that before new ones are refused with 503
 */
@ConfigurationProperties("serviceledger.commands")
public record CommandExecutionProperties(@DefaultValue("10") int threads, @DefaultValue("1000") int queueCapacity) {
}
