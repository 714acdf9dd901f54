package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The callback happened; if the solution was not accepted the complaint is reopened. Accepted, the department
 * head owes the result report to the operations staff by {@code resultReportDueAt}, the local end of this day
 * (002 第4篇 六.1); null when not accepted, and in callbacks recorded before the report was enforced. A department
 * complaint's callback is answered by the complaining department's head, {@code answeredBy} (null for a customer).
 */
@Revision("1")
public record CallbackRecorded(String complaintId, int satisfaction, boolean solutionAccepted, String comment,
                               Instant calledBackAt, boolean withinTarget, Instant resultReportDueAt,
                               String answeredBy) {

    public CallbackRecorded(String complaintId, int satisfaction, boolean solutionAccepted, String comment,
                            Instant calledBackAt, boolean withinTarget, Instant resultReportDueAt) {
        this(complaintId, satisfaction, solutionAccepted, comment, calledBackAt, withinTarget, resultReportDueAt,
                null);
    }

    public CallbackRecorded(String complaintId, int satisfaction, boolean solutionAccepted, String comment,
                            Instant calledBackAt, boolean withinTarget) {
        this(complaintId, satisfaction, solutionAccepted, comment, calledBackAt, withinTarget, null, null);
    }
}
