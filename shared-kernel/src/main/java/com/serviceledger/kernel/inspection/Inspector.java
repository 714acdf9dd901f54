package com.serviceledger.kernel.inspection;

/** One person who took part in an inspection, in the role they inspected in. */
public record Inspector(String inspectorId, InspectorRole role) {
}
