package com.serviceledger.query.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Test helpers as beans, so tests get them by constructor. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ComplaintEventLog.class, ServiceRequestEventLog.class, InspectionEventLog.class, Api.class})
class QuerySideTestSupport {
}
