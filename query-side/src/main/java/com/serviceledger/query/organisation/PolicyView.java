package com.serviceledger.query.organisation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.query.view.SequencedView;
import java.time.Instant;

/**
 * A subsidiary's policy in force ({@code sq-policies}, one document per subsidiary): its version and
 * terms. Durations are ISO-8601 strings (PT30M).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class PolicyView extends SequencedView {

    private String subsidiaryId;
    private int version;
    private String versionName;
    private Instant publishedAt;
    private PolicyTerms terms;

    PolicyView() {
    }

    public static PolicyView empty(String subsidiaryId) {
        PolicyView view = new PolicyView();
        view.subsidiaryId = subsidiaryId;
        return view;
    }

    @Override
    public String viewId() {
        return subsidiaryId;
    }

    /** Applies the event as its projection does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        if (event instanceof PolicyPublished e) {
            on(e);
            return true;
        }
        return false;
    }

    /** The subsidiary is the document's id; the event names it, where the stream is the policy's own. */
    void on(PolicyPublished e) {
        subsidiaryId = e.subsidiaryId();
        version = e.version();
        versionName = e.versionName();
        publishedAt = e.publishedAt();
        terms = e.terms();
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }
}
