package com.serviceledger.query.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxListed parked events one listing shows at most (the count is always complete) */
@ConfigurationProperties("serviceledger.query.dead-letters")
public record DeadLetterAdminProperties(@DefaultValue("1000") int maxListed) {
}
