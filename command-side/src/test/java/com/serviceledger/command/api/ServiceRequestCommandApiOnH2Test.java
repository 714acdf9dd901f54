package com.serviceledger.command.api;

import com.serviceledger.command.app.CommandSideApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The service request command API on the standalone mode's database engine. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:service-request-api;DB_CLOSE_DELAY=-1",
                "serviceledger.policy.service-request.subsidiaries.sub-fast.response-minutes=1s",
                "serviceledger.deadlines.polling-interval=200ms"})
class ServiceRequestCommandApiOnH2Test extends ServiceRequestCommandApiContract {
}
