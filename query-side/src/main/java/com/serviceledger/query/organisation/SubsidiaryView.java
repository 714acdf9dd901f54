package com.serviceledger.query.organisation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.organisation.DepartmentAdded;
import com.serviceledger.kernel.organisation.DepartmentKind;
import com.serviceledger.kernel.organisation.PostAdded;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import com.serviceledger.query.view.SequencedView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A subsidiary with its departments and posts ({@code sq-subsidiaries}). */
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

    @Schema(name = "SubsidiaryDepartment")
    public record Department(String departmentId, String name, DepartmentKind kind) {
    }

    @Schema(name = "SubsidiaryPost")
    public record Post(String postId, String departmentId, String name) {
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

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }
}
