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

    static SubsidiaryView empty(String subsidiaryId) {
        SubsidiaryView view = new SubsidiaryView();
        view.subsidiaryId = subsidiaryId;
        return view;
    }

    @Override
    public String viewId() {
        return subsidiaryId;
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
}
