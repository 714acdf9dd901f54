package com.serviceledger.query.organisation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.StaffContactChanged;
import com.serviceledger.kernel.organisation.StaffDeparted;
import com.serviceledger.kernel.organisation.StaffHired;
import com.serviceledger.kernel.organisation.StaffTransferred;
import com.serviceledger.kernel.organisation.SupervisorAssigned;
import com.serviceledger.query.view.SequencedView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A staff member ({@code sq-staff}): where they work and who answers for them now, and every earlier
 * arrangement with the time it took effect, so "the chain when the complaint happened" can be read; and how they
 * are reached now (e-mail address, language tag).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class StaffView extends SequencedView {

    private String staffId;
    private String name;
    private String subsidiaryId;
    private String departmentId;
    private String postId;
    private String supervisorId;
    private String groupLeaderId;
    private boolean active;
    private Instant hiredAt;
    private Instant departedAt;
    private String email;
    private String language;
    private List<Arrangement> history = new ArrayList<>();

    /** One arrangement and the time it took effect. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Arrangement(Instant effectiveAt, String departmentId, String postId, String supervisorId,
                              String groupLeaderId) {
    }

    StaffView() {
    }

    public static StaffView empty(String staffId) {
        StaffView view = new StaffView();
        view.staffId = staffId;
        return view;
    }

    @Override
    public String viewId() {
        return staffId;
    }

    /** Applies the event as its projection does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        switch (event) {
            case StaffHired e -> on(e);
            case StaffTransferred e -> on(e);
            case SupervisorAssigned e -> on(e);
            case StaffContactChanged e -> on(e);
            case StaffDeparted e -> on(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    void on(StaffHired e) {
        name = e.name();
        subsidiaryId = e.subsidiaryId();
        departmentId = e.departmentId();
        postId = e.postId();
        supervisorId = e.supervisorId();
        groupLeaderId = e.groupLeaderId();
        active = true;
        hiredAt = e.effectiveAt();
        language = Language.DEFAULT.tag();
        record(e.effectiveAt());
    }

    void on(StaffContactChanged e) {
        email = e.email();
        language = Language.orDefault(e.language()).tag();
    }

    void on(StaffTransferred e) {
        departmentId = e.departmentId();
        postId = e.postId();
        record(e.effectiveAt());
    }

    void on(SupervisorAssigned e) {
        supervisorId = e.supervisorId();
        groupLeaderId = e.groupLeaderId();
        record(e.effectiveAt());
    }

    void on(StaffDeparted e) {
        active = false;
        departedAt = e.effectiveAt();
    }

    private void record(Instant at) {
        history.add(new Arrangement(at, departmentId, postId, supervisorId, groupLeaderId));
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }

    String departmentId() {
        return departmentId;
    }
}
