package com.serviceledger.query.servicerequest;

import java.util.List;

/** One page of a service request search, newest first. */
public record ServiceRequestPage(long total, int page, int size, List<ServiceRequestView> items) {
}
