package com.serviceledger.command.api;

import com.serviceledger.command.app.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The command API on PostgreSQL, the production database engine (a real embedded server). */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "serviceledger.embedded-postgres.enabled=true",
                "serviceledger.policy.subsidiaries.sub-fast.contact-target=1s",
                "serviceledger.policy.subsidiaries.sub-fast.contact-hard-limit=2s",
                "serviceledger.deadlines.polling-interval=200ms"})
class ComplaintCommandApiOnPostgresTest extends ComplaintCommandApiContract {
}
