package com.serviceledger.command.api;

import com.serviceledger.command.app.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The scoring API on PostgreSQL, the production database engine (a real embedded server). */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"serviceledger.embedded-postgres.enabled=true",
                "serviceledger.policy.scoring.subsidiaries.sub-strict.attitude-points=8"})
class ScoringCommandApiOnPostgresTest extends ScoringCommandApiContract {
}
