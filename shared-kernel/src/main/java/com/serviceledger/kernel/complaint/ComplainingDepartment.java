package com.serviceledger.kernel.complaint;

/**
 * The complainant of a department-coordination complaint (部門協調投訴, 002 第5篇 二.2): a department of the
 * complained-about unit's subsidiary, and the staff member of it who raised the complaint. No customer is named.
 */
public record ComplainingDepartment(String departmentId, String raisedBy) {
}
