package com.serviceledger.command;

import com.serviceledger.command.policy.PolicyProperties;
import com.serviceledger.command.privacy.DisclosureLimitProperties;
import com.serviceledger.command.web.CommandExecutionProperties;
import com.serviceledger.platform.PlatformConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Everything the command side contributes to an application: aggregates, timers and the command API.
 * Imported by its own application and by the standalone one (which adds the query side).
 */
@Configuration(proxyBeanMethods = false)
// TypeExcludeFilter as in @SpringBootApplication: a test's own @TestConfiguration is not every context's bean
@ComponentScan(excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.serviceledger\\.command\\.app\\..*")})
@Import(PlatformConfiguration.class)
@EnableConfigurationProperties({PolicyProperties.class, CommandExecutionProperties.class,
        DisclosureLimitProperties.class})
public class CommandSideConfiguration {
}
