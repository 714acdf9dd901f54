package com.serviceledger.command.api;

import com.serviceledger.command.app.CommandSideApplication;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.context.SpringBootTest;

/** The scoring API on the standalone mode's database engine. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:scoring-api;DB_CLOSE_DELAY=-1",
                "serviceledger.policy.scoring.subsidiaries.sub-strict.attitude-points=8"})
class ScoringCommandApiOnH2Test extends ScoringCommandApiContract {

    /** Every command checks the user's scope, in this context. */
    @Nested
    class Scope extends CommandScopeApiContract {
    }
}
