package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.complaint.MisconductGrade;
import java.util.List;
import java.util.Objects;

/**
 * A behaviour the tiered rule set lists (002 第4篇 §9), as the verifier picks it: its code, its tier (TIER_1 or
 * TIER_2; severity is the verifier's judgement, not the behaviour's) and its label in both languages.
 */
public record ListedBehaviour(String code, MisconductGrade tier, String labelZh, String labelEn) {

    public ListedBehaviour {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("a behaviour code is upper-case letters, digits and _: " + code);
        }
        Objects.requireNonNull(tier, "tier");
        if (tier == MisconductGrade.TIER_2_SEVERE) {
            throw new IllegalArgumentException("a behaviour is of tier 1 or tier 2; severity is judged per case");
        }
        labelZh = labelZh == null ? code : labelZh;
        labelEn = labelEn == null ? code : labelEn;
    }

    /** The regulation's list: seven tier 1 behaviours, six tier 2 ones, in its order. */
    public static List<ListedBehaviour> regulation() {
        MisconductGrade one = MisconductGrade.TIER_1;
        MisconductGrade two = MisconductGrade.TIER_2;
        return List.of(
                new ListedBehaviour("COLD_ATTITUDE", one, "接待客户服务态度冷淡，服务效率低下",
                        "cold attitude towards customers, slow service"),
                new ListedBehaviour("UNFAMILIAR_WITH_WORK", one, "对业务工作不熟悉，无法提供专业服务",
                        "unfamiliar with the work, no professional service"),
                new ListedBehaviour("DISRESPECT", one, "不尊重客户，讥笑、议论客户，在客户面前指手画脚、交头接耳",
                        "disrespect: mocking or gossiping about customers"),
                new ListedBehaviour("DELIBERATE_OBSTRUCTION", one, "利用职务之便，故意刁难客户",
                        "deliberately obstructing a customer through one's position"),
                new ListedBehaviour("QUARREL", one, "不尊重客户，与客户发生争执",
                        "quarrelling with a customer"),
                new ListedBehaviour("DENYING_FACTS", one, "对投诉事实拒不承认",
                        "denying the facts of the complaint"),
                new ListedBehaviour("WEAK_SUPERVISION", one, "主管管理不力，不能有效监督服务工作及解决投诉",
                        "weak supervision of the service and of complaint handling"),
                new ListedBehaviour("NOT_COOPERATING", two, "不配合解决客户投诉，延误处理时机，使投诉进一步恶化",
                        "not cooperating in resolving a complaint, letting it worsen"),
                new ListedBehaviour("HIDING_COMPLAINT", two, "接到投诉或预见可能发生的投诉，隐瞒不报",
                        "hiding a complaint received or foreseen"),
                new ListedBehaviour("ABUSE_OR_VIOLENCE", two, "辱骂、殴打客户",
                        "abusing or hitting a customer"),
                new ListedBehaviour("RETALIATION", two, "对投诉客户进行打击报复",
                        "retaliating against a complaining customer"),
                new ListedBehaviour("REPUTATION_DAMAGE", two, "因未能妥善处理客户投诉，对公司声誉造成重大损失",
                        "serious damage to the company's reputation by mishandling a complaint"),
                new ListedBehaviour("FALSE_PROMISE", two, "对客户给予不实之承诺，导致公司声誉受损失",
                        "false promises to a customer, harming the company's reputation"));
    }
}
