package com.serviceledger.platform.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on a PostgreSQL link that hangs (the driver's defaults wait forever), applied to the connection pool's
 * driver properties unless the JDBC URL or {@code spring.datasource.hikari.data-source-properties} set them.
 *
 * @param connectTimeout opening the TCP connection
 * @param loginTimeout   opening a connection, handshake included: a pool creating connections one at a time
 *                       would otherwise stay stuck on a hung attempt after the network is back
 * @param socketTimeout  waiting for any one answer of the server: a statement whose link hangs fails (the command
 *                       answers 503 and its transaction is rolled back) instead of holding its thread and locks;
 *                       above the longest legitimate statement
 */
@ConfigurationProperties("serviceledger.database.postgresql")
public record PostgresLinkProperties(@DefaultValue("5s") Duration connectTimeout,
                                     @DefaultValue("5s") Duration loginTimeout,
                                     @DefaultValue("30s") Duration socketTimeout) {
}
