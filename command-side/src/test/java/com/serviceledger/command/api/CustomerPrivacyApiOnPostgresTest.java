package com.serviceledger.command.api;

import com.serviceledger.command.app.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Customer privacy over the command API on PostgreSQL, in a context of its own (a cached context that Spring
 * paused while other test classes ran does not restart Axon's pooled processors).
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "serviceledger.embedded-postgres.enabled=true",
                "serviceledger.policy.subsidiaries.sub-fast.contact-target=1s",
                "serviceledger.policy.subsidiaries.sub-fast.contact-hard-limit=2s",
                "serviceledger.deadlines.polling-interval=200ms",
                "spring.application.name=command-side-privacy-test"})
class CustomerPrivacyApiOnPostgresTest extends CustomerPrivacyApiContract {
}
