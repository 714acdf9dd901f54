package com.serviceledger.query.policy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.query.view.SequencedView;
import java.time.Instant;

/**
 * One published policy version's satisfaction target ({@code sq-satisfaction-targets}, one document per
 * subsidiary and version): the metrics judge a period by the version in force at its end.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class SatisfactionTargetView extends SequencedView {

    private String id;
    private String subsidiaryId;
    private int version;
    private Instant publishedAt;
    private int targetPercent;
    private String timeZone;

    SatisfactionTargetView() {
    }

    public static SatisfactionTargetView empty(String id) {
        SatisfactionTargetView view = new SatisfactionTargetView();
        view.id = id;
        return view;
    }

    /** The document of one published version. */
    public static SatisfactionTargetView of(PolicyPublished e) {
        SatisfactionTargetView view = empty(idOf(e));
        view.on(e);
        return view;
    }

    public static String idOf(PolicyPublished e) {
        return e.subsidiaryId() + "/v" + e.version();
    }

    @Override
    public String viewId() {
        return id;
    }

    @Override
    protected boolean take(Object event) {
        if (event instanceof PolicyPublished e) {
            on(e);
            return true;
        }
        return false;
    }

    void on(PolicyPublished e) {
        subsidiaryId = e.subsidiaryId();
        version = e.version();
        publishedAt = e.publishedAt();
        targetPercent = e.terms().satisfactionTargetPercent();
        timeZone = e.terms().timeZone();
    }

    public String subsidiaryId() {
        return subsidiaryId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int targetPercent() {
        return targetPercent;
    }

    public String timeZone() {
        return timeZone;
    }

    public int version() {
        return version;
    }
}
