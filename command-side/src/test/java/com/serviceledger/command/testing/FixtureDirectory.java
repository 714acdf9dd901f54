package com.serviceledger.command.testing;

import com.serviceledger.kernel.organisation.DepartmentAdded;
import com.serviceledger.kernel.organisation.DepartmentKind;
import com.serviceledger.kernel.organisation.PostAdded;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.organisation.StaffDeparted;
import com.serviceledger.kernel.organisation.StaffHired;
import com.serviceledger.kernel.organisation.StreamDirectory;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A directory for aggregate fixtures: the organisation's events kept per stream in memory and folded exactly as
 * the event store's directory folds them.
 */
public final class FixtureDirectory extends StreamDirectory {

    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private final Map<String, List<Object>> streams = new HashMap<>();

    /** A subsidiary with these departments. */
    public FixtureDirectory subsidiary(String subsidiaryId, String... departmentIds) {
        file(subsidiaryId, new SubsidiaryRegistered(subsidiaryId, subsidiaryId, "Asia/Shanghai", LONG_AGO));
        for (String department : departmentIds) {
            file(subsidiaryId, new DepartmentAdded(subsidiaryId, department, department, DepartmentKind.BUSINESS,
                    LONG_AGO));
        }
        return this;
    }

    public FixtureDirectory post(String subsidiaryId, String postId, String departmentId) {
        return file(subsidiaryId, new PostAdded(subsidiaryId, postId, departmentId, postId, LONG_AGO));
    }

    /** Staff working in the chain's unit from {@code from} on. */
    public FixtureDirectory hired(StaffChain chain, Instant from) {
        return file(chain.staffId(), new StaffHired(chain.staffId(), chain.staffId(), chain.subsidiaryId(),
                chain.departmentId(), chain.postId(), chain.supervisorId(), chain.groupLeaderId(), from));
    }

    /** Staff working in the subsidiary's department since long ago. */
    public FixtureDirectory staff(String subsidiaryId, String departmentId, String... staffIds) {
        for (String staffId : staffIds) {
            hired(new StaffChain(staffId, subsidiaryId, departmentId, null, null, null), LONG_AGO);
        }
        return this;
    }

    /** Any event of the directory, filed in its stream (a subsidiary's or a staff member's). */
    public FixtureDirectory file(String streamId, Object event) {
        streams.computeIfAbsent(streamId, id -> new ArrayList<>()).add(event);
        return this;
    }

    public FixtureDirectory left(String staffId, Instant at) {
        return file(staffId, new StaffDeparted(staffId, at));
    }

    @Override
    protected List<Object> stream(String id) {
        return streams.getOrDefault(id, List.of());
    }
}
