package com.serviceledger.query.view;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.platform.security.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A view's unit read twice, as a search filter and off a fetched document, gives the same answer: a department
 * scope reaches its departments only, and units without a department (inspected sites) only whole subsidiaries.
 */
class ViewUnitTest {

    record Doc(String subsidiaryId, String departmentId) {
    }

    private static final ViewUnit<Doc> CASES = ViewUnit.of("subsidiaryId", Doc::subsidiaryId, "departmentId",
            Doc::departmentId);
    private static final ViewUnit<Doc> SITES = ViewUnit.subsidiary("subsidiaryId", Doc::subsidiaryId);

    @Test
    void aDepartmentScopeCoversItsDepartmentsAndNoUnitWithoutOne() {
        Scope sales = Scope.of(List.of("sub-1/dept-sales"));
        assertThat(CASES.covers(sales, new Doc("sub-1", "dept-sales"))).isTrue();
        assertThat(CASES.covers(sales, new Doc("sub-1", "dept-ops"))).isFalse();
        assertThat(CASES.covers(sales, new Doc("sub-1", null))).isFalse();
        assertThat(SITES.covers(sales, new Doc("sub-1", null))).isFalse();
        assertThat(SITES.filter(sales).isMatchNone()).isTrue();
        assertThat(CASES.filter(sales).toString()).contains("dept-sales");
    }

    @Test
    void unitsWithoutADepartmentAreReachedByWholeSubsidiariesOnly() {
        Scope mixed = Scope.of(List.of("sub-1", "sub-2/dept-sales"));
        assertThat(SITES.covers(mixed, new Doc("sub-1", null))).isTrue();
        assertThat(SITES.covers(mixed, new Doc("sub-2", null))).isFalse();
        Query filter = SITES.filter(mixed);
        assertThat(filter.toString()).contains("sub-1").doesNotContain("sub-2");
    }

    @Test
    void theGroupReachesEverythingAndNoScopeNothing() {
        assertThat(SITES.covers(Scope.GROUP, new Doc("sub-9", null))).isTrue();
        assertThat(CASES.filter(Scope.GROUP).isMatchAll()).isTrue();
        assertThat(CASES.covers(Scope.NONE, new Doc("sub-1", "dept-sales"))).isFalse();
        assertThat(CASES.filter(Scope.NONE).isMatchNone()).isTrue();
    }
}
