package com.serviceledger.command.api;

import com.serviceledger.command.app.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The service request command API on PostgreSQL, the production database engine (a real embedded server). */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "serviceledger.embedded-postgres.enabled=true",
                "serviceledger.policy.service-request.subsidiaries.sub-fast.response-minutes=1s",
                "serviceledger.deadlines.polling-interval=200ms"})
class ServiceRequestCommandApiOnPostgresTest extends ServiceRequestCommandApiContract {
}
