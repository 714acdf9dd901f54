package com.serviceledger.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Gives every PostgreSQL connection pool the {@link PostgresLinkProperties} bounds before its first connection.
 * Seen without them: the database link stalled while the pool was opening a connection, and the pool's single
 * connection-adding thread waited on that handshake for good, so after the network returned every request still
 * timed out (503) until a restart.
 */
public final class PostgresLinkTimeouts implements BeanPostProcessor, EnvironmentAware {

    private PostgresLinkProperties link;

    @Override
    public void setEnvironment(Environment environment) {
        link = Binder.get(environment).bindOrCreate("serviceledger.database.postgresql", PostgresLinkProperties.class);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !pool.isRunning() && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            apply(pool, link);
        }
        return bean;
    }

    static void apply(HikariDataSource pool, PostgresLinkProperties link) {
        Map<String, Duration> bounds = Map.of("connectTimeout", link.connectTimeout(),
                "loginTimeout", link.loginTimeout(), "socketTimeout", link.socketTimeout());
        bounds.forEach((name, bound) -> {
            if (!pool.getJdbcUrl().contains(name + "=") && !pool.getDataSourceProperties().containsKey(name)) {
                // the driver counts whole seconds; 0 would mean "no bound"
                pool.addDataSourceProperty(name, Long.toString(Math.max(1, bound.toSeconds())));
            }
        });
    }
}
