package com.serviceledger.command.cache;

import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One {@link AggregateCache} per aggregate type, named as each {@code @Aggregate(cache = …)} refers to it:
 * the caching repository keys entries by aggregate identifier alone, and identifiers of different types
 * may coincide (a subsidiary and its policy), so types never share a cache.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {

    /** The bean names the aggregates name in {@code @Aggregate(cache = …)}. */
    public static final List<String> NAMES = List.of("complaintCache", "serviceRequestCache", "inspectionCache",
            "rectificationCache", "qualityMonthCache", "satisfactionRatingCache", "scorecardCache",
            "staffRecordCache", "starBoardCache", "staffMemberCache", "subsidiaryCache", "subsidiaryPolicyCache");

    @Bean
    static BeanDefinitionRegistryPostProcessor aggregateCacheRegistrar(Environment environment) {
        // registered before configuration properties beans exist, so bound here directly
        int size = Binder.get(environment).bindOrCreate("serviceledger.commands.aggregate-cache",
                AggregateCacheProperties.class).size();
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                NAMES.forEach(name -> registry.registerBeanDefinition(name,
                        new RootBeanDefinition(AggregateCache.class, () -> new AggregateCache(size))));
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }
}
