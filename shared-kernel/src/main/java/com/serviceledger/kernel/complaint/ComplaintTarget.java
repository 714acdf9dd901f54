package com.serviceledger.kernel.complaint;

/**
 * The complained-about unit. The subsidiary is always known (it selects the policy); department,
 * post and staff only if the customer could name them.
 */
public record ComplaintTarget(String subsidiaryId, String departmentId, String postId, String staffId) {

    public ComplaintTarget withDepartment(String department) {
        return new ComplaintTarget(subsidiaryId, department, postId, staffId);
    }
}
