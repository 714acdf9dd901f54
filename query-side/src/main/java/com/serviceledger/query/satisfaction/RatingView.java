package com.serviceledger.query.satisfaction;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.satisfaction.RatingRecorded;
import com.serviceledger.kernel.satisfaction.RatingSource;
import com.serviceledger.query.view.LocalPeriod;
import com.serviceledger.query.view.SequencedView;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One satisfaction score from a follow-up call, an online rating or a questionnaire ({@code sq-ratings}),
 * with its local month; callbacks and acceptance surveys stay on their cases' views.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class RatingView extends SequencedView {


    private String ratingId;
    private RatingSource source;
    private String subsidiaryId;
    private String departmentId;
    private String postId;
    private String staffId;
    private Channel channel;
    private String caseId;
    private int score;
    private boolean satisfied;
    private String comment;
    private Instant ratedAt;
    private String ratedMonth;
    /** Local date rated (yyyy-MM-dd), for calendar periods in the subsidiary's zone. */
    private String ratedDate;
    private String timeZone;

    RatingView() {
    }

    /** The document of a rating no event has touched yet; public for offline replays. */
    public static RatingView empty(String ratingId) {
        RatingView view = new RatingView();
        view.ratingId = ratingId;
        return view;
    }

    /** Applies the event as {@link RatingProjection} does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        switch (event) {
            case RatingRecorded e -> on(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public String viewId() {
        return ratingId;
    }

    void on(RatingRecorded e) {
        source = e.source();
        subsidiaryId = e.unit().subsidiaryId();
        departmentId = e.unit().departmentId();
        postId = e.unit().postId();
        staffId = e.unit().staffId();
        channel = e.channel();
        caseId = e.caseId();
        score = e.score();
        satisfied = e.satisfied();
        comment = e.comment();
        ratedAt = e.ratedAt();
        timeZone = e.timeZone();
        LocalPeriod rated = LocalPeriod.of(e.ratedAt(), ZoneId.of(e.timeZone()));
        ratedMonth = rated.month();
        ratedDate = rated.date();
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }

    String departmentId() {
        return departmentId;
    }
}
