package com.serviceledger.query.web;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the read API.
 *
 * @param defaultPageSize  page size when none is asked for
 * @param maxPageSize      largest page a client may ask for
 * @param maxMetricMonths  longest month range of one metrics request
 * @param maxDepartments   department buckets per month in one metrics answer
 * @param dateZone         zone in which plain dates ({@code 2026-03-31}) of a search are read
 * @param maxParameterLength longest value of any query parameter ({@code q} included), in characters: a
 *                         full-text query longer than a paragraph is no search, and every id is far shorter
 * @param maxParameterValues most values one query parameter may repeat ({@code kind=a&kind=b}); no filter
 *                         takes more than a handful
 */
@ConfigurationProperties("serviceledger.query.api")
public record QueryApiProperties(@DefaultValue("20") int defaultPageSize,
                                 @DefaultValue("100") int maxPageSize,
                                 @DefaultValue("36") int maxMetricMonths,
                                 @DefaultValue("1000") int maxDepartments,
                                 @DefaultValue("UTC") ZoneId dateZone,
                                 @DefaultValue("500") int maxParameterLength,
                                 @DefaultValue("20") int maxParameterValues) {
}
