package com.serviceledger.kernel.servicerequest;

/**
 * The unit that serves the request. The subsidiary is always known (it selects the policy); department
 * and post when the request is addressed to one.
 */
public record ServiceRequestTarget(String subsidiaryId, String departmentId, String postId) {
}
