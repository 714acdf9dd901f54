package com.serviceledger.standalone.demo;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.demo.DemoCatalog;
import com.serviceledger.kernel.demo.DemoCatalog.Staff;
import com.serviceledger.kernel.demo.DemoCatalog.Unit;
import com.serviceledger.kernel.satisfaction.RatedUnit;
import com.serviceledger.kernel.satisfaction.RatingSource;
import com.serviceledger.kernel.satisfaction.RecordRating;
import java.time.LocalDate;
import java.time.ZoneId;

/** Satisfaction scores from phone follow-ups, online ratings and questionnaires (000 §5.2.1). */
final class RatingScript {

    private final Dice dice;
    private final Timeline timeline;

    RatingScript(Dice dice, Timeline timeline) {
        this.dice = dice;
        this.timeline = timeline;
    }

    void plan(Unit unit, LocalDate day) {
        Staff staff = dice.pick(unit.frontLine());
        RatingSource source = RatingSource.values()[dice.weighted(40, 45, 15)];
        Channel channel = switch (source) {
            case PHONE_FOLLOW_UP -> Channel.HOTLINE;
            case ONLINE_RATING -> dice.chance(0.5) ? Channel.WECHAT : Channel.ONLINE;
            case QUESTIONNAIRE -> Channel.ON_SITE;
        };
        int score = 1 + dice.weighted(2, 4, 12, 37, 45);
        String id = dice.id("RAT-");
        timeline.at(dice.officeHours(day, ZoneId.of(unit.timeZone())), id, new RecordRating(id, source,
                new RatedUnit(unit.subsidiaryId(), staff.departmentId(), staff.postId(), staff.staffId()), channel,
                null, score, score >= 4 ? "Friendly and quick" : "Could be better"));
    }
}
