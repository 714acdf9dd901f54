package com.serviceledger.query;

import com.serviceledger.platform.PlatformConfiguration;
import com.serviceledger.query.organisation.OrganisationViewProperties;
import com.serviceledger.query.improvement.ImprovementViewProperties;
import com.serviceledger.query.policy.SatisfactionTargetViewProperties;
import com.serviceledger.query.satisfaction.RatingViewProperties;
import com.serviceledger.query.scoring.ScorecardViewProperties;
import com.serviceledger.query.complaint.ComplaintViewProcessorProperties;
import com.serviceledger.query.deadletter.DeadLetterAdminProperties;
import com.serviceledger.query.elasticsearch.ComplaintIndexProperties;
import com.serviceledger.query.inspection.InspectionViewsProperties;
import com.serviceledger.query.web.QueryApiProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Everything the query side contributes to an application: projections, index plumbing and the read
 * API. A combined application imports this next to the command side's configuration; the {@code app}
 * package (this side's own main class) is left out of the scan so it is never picked up there.
 */
@Configuration(proxyBeanMethods = false)
// TypeExcludeFilter as in @SpringBootApplication: a test's own @TestConfiguration is not every context's bean
@ComponentScan(basePackageClasses = QuerySideConfiguration.class, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.serviceledger\\.query\\.app\\..*")})
@Import(PlatformConfiguration.class)
@EnableConfigurationProperties({ComplaintIndexProperties.class, ComplaintViewProcessorProperties.class,
        OrganisationViewProperties.class, RatingViewProperties.class,
        QueryApiProperties.class, InspectionViewsProperties.class, ScorecardViewProperties.class,
        DeadLetterAdminProperties.class, ImprovementViewProperties.class, SatisfactionTargetViewProperties.class})
public class QuerySideConfiguration {
}
