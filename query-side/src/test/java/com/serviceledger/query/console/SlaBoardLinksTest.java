package com.serviceledger.query.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.query.view.OpenCase;
import com.serviceledger.query.view.OpenCase.Standing;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaBoardLinksTest {

    @Test
    void aDrillRowOpensItsPlansPageAtTheDrillWithItsDueTimeInTheSubsidiarysZone() {
        ConsoleSla.Row row = ConsoleSla.Row.of(new OpenCase("drill", "DRL-2", "sub-1", null, "PLANNED", "drillRecord",
                Instant.parse("2026-03-31T16:30:00Z"), Standing.WARNING, "Asia/Shanghai", null, "SYSTEM_FAILURE"));

        assertThat(row.page()).isEqualTo("/console/emergency-plans/sub-1/SYSTEM_FAILURE#drill-DRL-2");
        assertThat(row.due()).isEqualTo("2026-04-01 00:30:00");
        assertThat(row.zone()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void anIncidentRowOpensTheIncidentsPage() {
        ConsoleSla.Row row = ConsoleSla.Row.of(new OpenCase("incident", "INC-1", "sub-1", "dept-it", "DECLARED",
                "incidentReport", Instant.parse("2026-03-31T16:30:00Z"), Standing.ON_TRACK, "Asia/Shanghai", null));

        assertThat(row.page()).isEqualTo("/console/incidents/INC-1");
        assertThat(row.zone()).isEqualTo("Asia/Shanghai");
    }
}
