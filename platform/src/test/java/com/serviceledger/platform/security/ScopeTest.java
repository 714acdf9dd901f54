package com.serviceledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void theGroupCoversEverySubsidiaryAndDepartment() {
        Scope group = Scope.of(List.of("demo-tangshan", "*"));
        assertThat(group).isEqualTo(Scope.GROUP);
        assertThat(group.covers("any-subsidiary", null)).isTrue();
        assertThat(group.entries()).containsExactly("*");
    }

    @Test
    void aSubsidiaryCoversAllItsDepartmentsAndCasesWithoutOne() {
        Scope tangshan = Scope.of(List.of("demo-tangshan"));
        assertThat(tangshan.covers("demo-tangshan", "dept-sales")).isTrue();
        assertThat(tangshan.covers("demo-tangshan", null)).isTrue();
        assertThat(tangshan.covers("demo-kashgar", "dept-sales")).isFalse();
        assertThat(tangshan.reaches("demo-kashgar")).isFalse();
    }

    @Test
    void departmentsNarrowASubsidiaryAndTheWholeSubsidiaryWins() {
        Scope sales = Scope.of(List.of("demo-tangshan/dept-sales", "demo-kashgar/ks-dept-cs", "demo-kashgar"));
        assertThat(sales.covers("demo-tangshan", "dept-sales")).isTrue();
        assertThat(sales.covers("demo-tangshan", "dept-cs")).isFalse();
        assertThat(sales.reaches("demo-tangshan")).isTrue();
        assertThat(sales.covers("demo-kashgar", "ks-dept-logistics")).as("the whole of demo-kashgar").isTrue();
        assertThat(sales.entries()).containsExactly("demo-tangshan/dept-sales", "demo-kashgar");
    }

    @Test
    void noEntryIsNothing() {
        assertThat(Scope.of(List.of())).isEqualTo(Scope.NONE);
        assertThat(Scope.NONE.covers("demo-tangshan", null)).isFalse();
        assertThat(Scope.NONE.entries()).isEmpty();
    }

    @Test
    void aMalformedEntryIsRefusedNotGuessed() {
        for (String entry : List.of("", " ", "a/b/c", "demo tangshan", "demo-tangshan/", "/dept", "x\nadmin")) {
            assertThatThrownBy(() -> Scope.of(List.of(entry))).as(entry).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
