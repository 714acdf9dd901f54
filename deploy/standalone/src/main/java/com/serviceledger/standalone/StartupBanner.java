package com.serviceledger.standalone;

import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchNode;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/** Tells a newcomer where the API is and where the data lives, once everything is up. */
class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Path dataDir;
    private final ObjectProvider<EmbeddedElasticsearchNode> elasticsearch;

    StartupBanner(@Value("${serviceledger.data-dir}") Path dataDir, ObjectProvider<EmbeddedElasticsearchNode> elasticsearch) {
        this.dataDir = dataDir;
        this.elasticsearch = elasticsearch;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            // a line per entry: log messages are single-line (a line break in one is escaped, see LoggingDefaults)
            log.info("ServiceLedger is running.");
            log.info("  Console:  http://localhost:{}/ (demo users: agent/agent, head/head, analyst/analyst, "
                    + "admin/admin; see the README)", port);
            log.info("  API:      http://localhost:{}/api/complaints", port);
            log.info("  API docs: http://localhost:{}/swagger-ui.html (OpenAPI: /v3/api-docs)", port);
            log.info("  Health:   http://localhost:{}/actuator/health", port);
            log.info("  Data:     {}", dataDir.toAbsolutePath().normalize());
            // where the node's password is, never the password
            elasticsearch.ifAvailable(node -> node.credentialFile().ifPresent(file -> log.info(
                    "  Elasticsearch: {} (user {}, password in {})", node.httpUri(), node.credential().username(), file)));
        }
    }
}
