package com.serviceledger.command.api;

import com.serviceledger.command.app.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The inspection API on PostgreSQL, the production database engine (a real embedded server). */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "serviceledger.embedded-postgres.enabled=true",
                "serviceledger.policy.inspection-subsidiaries.sub-fast-insp.minor-fix-window=2s",
                "serviceledger.policy.inspection-subsidiaries.sub-fast-insp.warning-percent=0",
                "serviceledger.policy.inspection-subsidiaries.sub-fast-insp.overdue-penalty=300",
                "serviceledger.deadlines.polling-interval=200ms"})
class InspectionCommandApiOnPostgresTest extends InspectionCommandApiContract {
}
