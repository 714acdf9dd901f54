package com.serviceledger.command.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.improvement.ImprovementCause;

/** Checks that the cause an action answers is real and of the action's unit; refuses naming {@code cause.reference}. */
public interface ImprovementCauses {

    void requireValid(ImprovementCause cause, OrgUnit unit);
}
