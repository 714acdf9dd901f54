package com.serviceledger.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.organisation.Language;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {

    static final String BREACH = """
            {"kind":"COMPLAINT_SLA_BREACH","caseType":"complaint","caseId":"CMP-1","subsidiaryId":"demo-tangshan",
             "facts":{"target":"CONTACT","dueAt":"2026-12-07T16:01:47.258862266Z","level":"QUALITY_SUPERVISOR"%s}}""";

    @Test
    void timesAreShownToTheMinuteInTheCasesZoneAndNamesInTheReadersLanguage() {
        String local = BREACH.formatted(",\"timeZone\":\"Asia/Shanghai\"");

        assertThat(NotificationTexts.render(NotificationKind.COMPLAINT_SLA_BREACH, Language.ZH_CN, local).body())
                .isEqualTo("投诉 CMP-1 的“联系客户”未在 2026-12-08 00:01 (Asia/Shanghai) 前完成，已升级至质量主管。");
        assertThat(NotificationTexts.render(NotificationKind.COMPLAINT_SLA_BREACH, Language.EN, local).body())
                .isEqualTo("Complaint CMP-1 was not done (customer contact) by 2026-12-08 00:01 (Asia/Shanghai) and "
                        + "has been escalated to the quality supervisor.");
    }

    @Test
    void withoutAZoneTimesAreUtcAndAMissingFactIsADashNeverABrace() {
        assertThat(NotificationTexts.render(NotificationKind.COMPLAINT_SLA_BREACH, Language.EN, BREACH.formatted(""))
                .body()).contains("by 2026-12-07 16:01 UTC and");
        assertThat(NotificationTexts.render(NotificationKind.COMPLAINT_SLA_WARNING, Language.EN, BREACH.formatted(""))
                .body()).contains(": -% of the time").doesNotContain("{");
    }
}
