package com.serviceledger.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a department (部門) to a subsidiary. */
public record AddDepartment(@TargetAggregateIdentifier String subsidiaryId, String departmentId, String name, DepartmentKind kind) {
}
