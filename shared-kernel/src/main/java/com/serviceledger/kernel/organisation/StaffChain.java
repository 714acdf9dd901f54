package com.serviceledger.kernel.organisation;

/**
 * Where a staff member stood at one instant, and who answered for them: what scoring needs, as it was
 * when the complaint happened (002 第5篇).
 */
public record StaffChain(String staffId, String subsidiaryId, String departmentId, String postId,
                         String supervisorId, String groupLeaderId) {
}
