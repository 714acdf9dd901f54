package com.serviceledger.platform.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The delivery table for whichever side runs here (both, in the standalone system). */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

    @Bean
    NotificationStore notificationStore(JdbcTemplate jdbc) {
        return new NotificationStore(jdbc);
    }
}
