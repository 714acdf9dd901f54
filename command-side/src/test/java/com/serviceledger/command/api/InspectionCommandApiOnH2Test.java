package com.serviceledger.command.api;

import com.serviceledger.command.app.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The inspection API on the standalone mode's database engine. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:inspection-api;DB_CLOSE_DELAY=-1",
                "serviceledger.policy.inspection-subsidiaries.sub-fast-insp.minor-fix-window=2s",
                "serviceledger.policy.inspection-subsidiaries.sub-fast-insp.warning-percent=0",
                "serviceledger.policy.inspection-subsidiaries.sub-fast-insp.overdue-penalty=300",
                "serviceledger.deadlines.polling-interval=200ms"})
class InspectionCommandApiOnH2Test extends InspectionCommandApiContract {
}
