package com.serviceledger.command.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param size aggregates of each cached type kept in memory (complaints, service requests, inspections,
 *             rectifications, ratings, scorecards); a complaint in handling is a few kilobytes, so the
 *             default costs tens of megabytes at most
 */
@ConfigurationProperties("serviceledger.commands.aggregate-cache")
public record AggregateCacheProperties(@DefaultValue("5000") int size) {
}
