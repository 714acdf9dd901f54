package com.serviceledger.query.organisation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.organisation.AppointedToPosition;
import com.serviceledger.kernel.organisation.DepartmentAdded;
import com.serviceledger.kernel.organisation.DepartmentKind;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.PostAdded;
import com.serviceledger.kernel.organisation.RelievedOfPosition;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitContactRegistered;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.query.view.SequencedView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A subsidiary with its departments and posts, who holds its positions now, and the contacts of its inspected
 * units' contractors and owners' committees ({@code sq-subsidiaries}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class SubsidiaryView extends SequencedView {

    private String subsidiaryId;
    private String name;
    private String timeZone;
    private Instant registeredAt;
    private List<Department> departments = new ArrayList<>();
    private List<Post> posts = new ArrayList<>();
    private List<Position> positions = new ArrayList<>();
    private List<UnitContact> unitContacts = new ArrayList<>();

    @Schema(name = "SubsidiaryDepartment")
    public record Department(String departmentId, String name, DepartmentKind kind) {
    }

    @Schema(name = "SubsidiaryPost")
    public record Post(String postId, String departmentId, String name) {
    }

    /** A current holder of a position (of a department, for a department head). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SubsidiaryPosition")
    public record Position(UnitPosition position, String departmentId, String staffId, Instant since) {
    }

    /** The contact in force of a site's contractor or owners' committee; language as its tag (zh-CN, en). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SubsidiaryUnitContact")
    public record UnitContact(String siteId, String contractorId, UnitContactKind kind, String name, String email,
                              String language, Instant since) {
    }

    SubsidiaryView() {
    }

    public static SubsidiaryView empty(String subsidiaryId) {
        SubsidiaryView view = new SubsidiaryView();
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
        switch (event) {
            case SubsidiaryRegistered e -> on(e);
            case DepartmentAdded e -> on(e);
            case PostAdded e -> on(e);
            case AppointedToPosition e -> on(e);
            case RelievedOfPosition e -> on(e);
            case UnitContactRegistered e -> on(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    void on(SubsidiaryRegistered e) {
        name = e.name();
        timeZone = e.timeZone();
        registeredAt = e.registeredAt();
    }

    void on(DepartmentAdded e) {
        departments.add(new Department(e.departmentId(), e.name(), e.kind()));
    }

    void on(PostAdded e) {
        posts.add(new Post(e.postId(), e.departmentId(), e.name()));
    }

    void on(AppointedToPosition e) {
        vacate(e.position(), e.departmentId(), e.staffId());
        positions.add(new Position(e.position(), e.departmentId(), e.staffId(), e.effectiveAt()));
    }

    void on(RelievedOfPosition e) {
        vacate(e.position(), e.departmentId(), e.staffId());
    }

    void on(UnitContactRegistered e) {
        unitContacts.removeIf(contact -> contact.siteId().equals(e.siteId())
                && Objects.equals(contact.contractorId(), e.contractorId()) && contact.kind() == e.kind());
        unitContacts.add(new UnitContact(e.siteId(), e.contractorId(), e.kind(), e.name(), e.email(),
                Language.orDefault(e.language()).tag(), e.effectiveAt()));
    }

    private void vacate(UnitPosition position, String departmentId, String staffId) {
        positions.removeIf(held -> held.position() == position && Objects.equals(held.departmentId(), departmentId)
                && held.staffId().equals(staffId));
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }
}
