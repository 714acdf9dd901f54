package com.serviceledger.kernel.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recipients are resolved through the directory as it stood when the event happened. */
class StreamDirectoryTest {

    static final Instant JAN = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

    final Map<String, List<Object>> streams = new HashMap<>();
    final StreamDirectory directory = new StreamDirectory() {
        @Override
        protected List<?> stream(String aggregateId) {
            return streams.getOrDefault(aggregateId, List.of());
        }
    };

    void file(String stream, Object... events) {
        streams.computeIfAbsent(stream, id -> new ArrayList<>()).addAll(List.of(events));
    }

    void hired(String staffId, Instant at) {
        file(staffId, new StaffHired(staffId, staffId, "sub-1", "dept-gate", null, null, null, at));
    }

    @Test
    void theHoldersOfAPositionAreThoseAppointedAndNotRelievedByThen() {
        hired("qs-1", JAN);
        hired("qs-2", JAN);
        file("sub-1", new AppointedToPosition("sub-1", UnitPosition.QUALITY_SUPERVISOR, "qs-1", null, JAN),
                new AppointedToPosition("sub-1", UnitPosition.QUALITY_SUPERVISOR, "qs-2", null, FEB),
                new RelievedOfPosition("sub-1", UnitPosition.QUALITY_SUPERVISOR, "qs-1", null, MAR));

        assertThat(directory.holdersAt("sub-1", UnitPosition.QUALITY_SUPERVISOR, null, JAN)).containsExactly("qs-1");
        assertThat(directory.holdersAt("sub-1", UnitPosition.QUALITY_SUPERVISOR, null, FEB))
                .containsExactly("qs-1", "qs-2");
        assertThat(directory.holdersAt("sub-1", UnitPosition.QUALITY_SUPERVISOR, null, MAR)).containsExactly("qs-2");
        assertThat(directory.holdersAt("sub-1", UnitPosition.QUALITY_SUPERVISOR, null, JAN.minusSeconds(1))).isEmpty();
        assertThat(directory.holdersAt("sub-1", UnitPosition.MANAGEMENT, null, MAY)).isEmpty();
    }

    @Test
    void aDepartmentHeadIsTheHeadOfOneDepartmentAndOtherPositionsIgnoreTheDepartment() {
        hired("head-1", JAN);
        hired("mgr-1", JAN);
        file("sub-1", new AppointedToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-gate", JAN),
                new AppointedToPosition("sub-1", UnitPosition.MANAGER, "mgr-1", null, JAN));

        assertThat(directory.holdersAt("sub-1", UnitPosition.DEPARTMENT_HEAD, "dept-gate", FEB))
                .containsExactly("head-1");
        assertThat(directory.holdersAt("sub-1", UnitPosition.DEPARTMENT_HEAD, "dept-sales", FEB)).isEmpty();
        assertThat(directory.holdersAt("sub-1", UnitPosition.DEPARTMENT_HEAD, null, FEB)).isEmpty();
        assertThat(directory.holdersAt("sub-1", UnitPosition.MANAGER, "dept-gate", FEB)).containsExactly("mgr-1");
    }

    @Test
    void aHolderWhoHadLeftByThenIsNobodyToTell() {
        hired("head-1", JAN);
        file("head-1", new StaffDeparted("head-1", MAR));
        file("sub-1", new AppointedToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-gate", JAN));

        assertThat(directory.holdersAt("sub-1", UnitPosition.DEPARTMENT_HEAD, "dept-gate", FEB))
                .containsExactly("head-1");
        assertThat(directory.holdersAt("sub-1", UnitPosition.DEPARTMENT_HEAD, "dept-gate", MAR)).isEmpty();
    }

    @Test
    void aStaffMembersContactIsTheOneRecordedByThenInChineseByDefault() {
        hired("s-1", JAN);
        file("s-1", new StaffContactChanged("s-1", "wang@example.com", Language.ZH_CN, FEB),
                new StaffContactChanged("s-1", "fang.wang@example.com", Language.EN, MAR),
                new StaffDeparted("s-1", MAY));

        assertThat(directory.contactOf("s-1", JAN)).contains(new StaffContact("s-1", null, Language.ZH_CN));
        assertThat(directory.contactOf("s-1", FEB)).contains(new StaffContact("s-1", "wang@example.com",
                Language.ZH_CN));
        assertThat(directory.contactOf("s-1", MAR)).contains(new StaffContact("s-1", "fang.wang@example.com",
                Language.EN));
        assertThat(directory.contactOf("s-1", JAN.minusSeconds(1))).isEmpty();
        assertThat(directory.contactOf("s-1", MAY)).isEmpty();
        assertThat(directory.contactOf("nobody", MAY)).isEmpty();
    }

    @Test
    void aUnitsContractorAndOwnersCommitteeContactsAreTheLatestRegisteredByThen() {
        file("sub-1", new UnitContactRegistered("sub-1", "site-1", "clean-co", UnitContactKind.CONTRACTOR,
                        "Chen Jie", "chen@clean.example", null, JAN),
                new UnitContactRegistered("sub-1", "site-1", null, UnitContactKind.OWNERS_COMMITTEE,
                        "Owners of Block 3", "committee@block3.example", Language.EN, JAN),
                new UnitContactRegistered("sub-1", "site-1", "clean-co", UnitContactKind.CONTRACTOR,
                        "Sun Li", "sun@clean.example", Language.ZH_CN, MAR));

        assertThat(directory.unitContactAt("sub-1", "site-1", "clean-co", UnitContactKind.CONTRACTOR, FEB))
                .get().extracting(UnitContact::name, UnitContact::language).containsExactly("Chen Jie", Language.ZH_CN);
        assertThat(directory.unitContactAt("sub-1", "site-1", "clean-co", UnitContactKind.CONTRACTOR, MAR))
                .get().extracting(UnitContact::email).isEqualTo("sun@clean.example");
        assertThat(directory.unitContactAt("sub-1", "site-1", "other-co", UnitContactKind.CONTRACTOR, MAR)).isEmpty();
        assertThat(directory.unitContactAt("sub-1", "site-2", "clean-co", UnitContactKind.CONTRACTOR, MAR)).isEmpty();
        assertThat(directory.unitContactAt("sub-1", "site-1", "clean-co", UnitContactKind.CONTRACTOR,
                JAN.minusSeconds(1))).isEmpty();
        // the owners' committee is the site's, whichever contractor the inspected unit names
        assertThat(directory.unitContactAt("sub-1", "site-1", "clean-co", UnitContactKind.OWNERS_COMMITTEE, MAR))
                .get().extracting(UnitContact::email, UnitContact::language)
                .containsExactly("committee@block3.example", Language.EN);
        assertThat(directory.unitContactAt("sub-1", "site-1", null, UnitContactKind.OWNERS_COMMITTEE, MAR)).isPresent();
    }

    @Test
    void languagesAreReadByTheirTags() {
        assertThat(Language.of("zh-CN")).isEqualTo(Language.ZH_CN);
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isNull();
        assertThat(Language.orDefault(null)).isEqualTo(Language.ZH_CN);
    }
}
