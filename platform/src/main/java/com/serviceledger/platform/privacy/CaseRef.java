package com.serviceledger.platform.privacy;

/** A case that names a customer: its aggregate type ({@code Complaint}, {@code ServiceRequest}) and id. */
public record CaseRef(String caseType, String caseId) {
}
