package com.serviceledger.query.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web console.
 *
 * @param apiUrl where the console sends what this application does not serve itself (the command side's address,
 *               e.g. {@code http://command-side:8081}, where the console runs on the query side alone), with the
 *               signed-in user's access token: jwt mode only. Unset (the standalone): everything in process.
 */
@ConfigurationProperties("serviceledger.console")
record ConsoleProperties(String apiUrl) {

    ConsoleProperties {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? null : apiUrl.strip();
    }
}
