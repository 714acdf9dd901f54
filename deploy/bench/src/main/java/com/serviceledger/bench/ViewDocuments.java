package com.serviceledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic view documents shaped as the projections write them (field for field of the current mappings,
 * which are strict: a misnamed field is rejected by the node, so the bench cannot drift silently from the views).
 * Ten subsidiaries in three time zones, five departments and six posts each, spread over the months before
 * today, with plausible on-time shares and satisfaction scores.
 */
final class ViewDocuments {

    private static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Urumqi", "Asia/Vientiane");
    private static final List<String> DEPARTMENTS = List.of("dept-cs", "dept-sales", "dept-logistics", "dept-tech",
            "dept-mgmt");
    private static final List<String> POSTS = List.of("billing", "weighbridge", "gate", "loading", "unloading",
            "hotline");
    private static final List<String> CHANNELS = List.of("HOTLINE", "ONLINE", "EMAIL", "ON_SITE", "WECHAT",
            "SUGGESTION_BOX");
    private static final List<String> CATEGORIES = List.of("INFORMATION", "BUSINESS_ASSISTANCE", "SPECIAL_NEED",
            "OTHER");

    private final SplittableRandom random;
    private final Instant start;
    private final long spanSeconds;

    ViewDocuments(long seed, int months) {
        this.random = new SplittableRandom(seed);
        Instant now = Instant.now();
        this.start = YearMonth.now().minusMonths(months - 1L).atDay(1).atStartOfDay(ZoneId.of("UTC")).toInstant();
        this.spanSeconds = Duration.between(start, now).toSeconds();
    }

    Map<String, Object> complaint(int n) {
        Unit unit = unit();
        Instant received = moment();
        Map<String, Object> doc = common("complaintId", "CMP-bench-" + n, unit, received, "received");
        doc.put("staffId", "staff-" + unit.subsidiary + "-" + random.nextInt(40));
        doc.put("urgency", random.nextInt(5) == 0 ? "URGENT" : "NORMAL");
        boolean dismissed = random.nextInt(12) == 0;
        doc.put("dismissed", dismissed);
        doc.put("status", dismissed ? "ARCHIVED" : "VERIFIED");
        Map<String, Object> sla = new LinkedHashMap<>();
        sla.put("contact", promise(received, Duration.ofMinutes(30), 0.8, unit.zone));
        sla.put("contactHardLimit", promise(received, Duration.ofHours(4), 0.97, unit.zone));
        if ("URGENT".equals(doc.get("urgency"))) {
            sla.put("onSite", promise(received, Duration.ofMinutes(10), 0.85, unit.zone));
        }
        sla.put("resolution", promise(received, Duration.ofDays(2), 0.82, unit.zone));
        Instant calledBack = received.plus(Duration.ofHours(20 + random.nextInt(30)));
        Map<String, Object> callback = promise(calledBack.minusSeconds(3600), Duration.ofHours(8), 0.9, unit.zone);
        sla.put("callback", callback);
        doc.put("sla", sla);
        int satisfaction = score();
        doc.put("satisfaction", satisfaction);
        doc.put("calledBackAt", calledBack.toString());
        doc.put("calledBackDate", localDate(calledBack, unit.zone));
        doc.put("calledBackMonth", localMonth(calledBack, unit.zone));
        // the one resolution round, which the callback metrics count (nested)
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("resolvedAt", calledBack.minusSeconds(3600).toString());
        round.put("dueAt", callback.get("dueAt"));
        round.put("calledBackAt", calledBack.toString());
        round.put("satisfaction", satisfaction);
        round.put("solutionAccepted", true);
        round.put("onTime", callback.get("onTime"));
        round.put("breached", callback.get("breached"));
        round.put("settledDate", callback.get("settledDate"));
        round.put("settledMonth", callback.get("settledMonth"));
        round.put("calledBackDate", localDate(calledBack, unit.zone));
        round.put("calledBackMonth", localMonth(calledBack, unit.zone));
        doc.put("callbacks", List.of(round));
        doc.put("responsibleStaffId", doc.get("staffId"));
        doc.put("lastSequence", 8);
        doc.put("lastEventAt", calledBack.toString());
        return doc;
    }

    Map<String, Object> serviceRequest(int n) {
        Unit unit = unit();
        Instant received = moment();
        Map<String, Object> doc = common("requestId", "SRQ-bench-" + n, unit, received, "received");
        doc.put("category", CATEGORIES.get(random.nextInt(CATEGORIES.size())));
        doc.put("status", "CLOSED");
        doc.put("sla", Map.of(
                "firstResponse", promise(received, Duration.ofMinutes(30), 0.87, unit.zone),
                "delivery", promise(received, Duration.ofDays(1), 0.85, unit.zone)));
        Instant surveyed = received.plus(Duration.ofHours(26));
        doc.put("satisfaction", score());
        doc.put("surveyedAt", surveyed.toString());
        doc.put("surveyedDate", localDate(surveyed, unit.zone));
        doc.put("surveyedMonth", localMonth(surveyed, unit.zone));
        doc.put("lastSequence", 10);
        doc.put("lastEventAt", surveyed.toString());
        return doc;
    }

    Map<String, Object> rating(int n) {
        Unit unit = unit();
        Instant rated = moment();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ratingId", "RAT-bench-" + n);
        doc.put("source", List.of("PHONE_FOLLOW_UP", "ONLINE_RATING", "QUESTIONNAIRE").get(random.nextInt(3)));
        doc.put("subsidiaryId", unit.subsidiary);
        doc.put("departmentId", unit.department);
        doc.put("postId", unit.post);
        doc.put("staffId", "staff-" + unit.subsidiary + "-" + random.nextInt(40));
        doc.put("channel", CHANNELS.get(random.nextInt(CHANNELS.size())));
        int score = score();
        doc.put("score", score);
        doc.put("satisfied", score >= 4);
        doc.put("ratedAt", rated.toString());
        doc.put("ratedMonth", localMonth(rated, unit.zone));
        doc.put("ratedDate", localDate(rated, unit.zone));
        doc.put("timeZone", unit.zone.getId());
        doc.put("lastSequence", 0);
        doc.put("lastEventAt", rated.toString());
        return doc;
    }

    private Map<String, Object> common(String idField, String id, Unit unit, Instant at, String prefix) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(idField, id);
        doc.put("subsidiaryId", unit.subsidiary);
        doc.put("departmentId", unit.department);
        doc.put("postId", unit.post);
        doc.put("channel", CHANNELS.get(random.nextInt(CHANNELS.size())));
        doc.put(prefix + "At", at.toString());
        doc.put("timeZone", unit.zone.getId());
        doc.put(prefix + "Month", localMonth(at, unit.zone));
        doc.put(prefix + "Date", localDate(at, unit.zone));
        return doc;
    }

    /** A promise settled on time with the given probability: met before its due time, or breached at it. */
    private Map<String, Object> promise(Instant from, Duration allowed, double onTimeShare, ZoneId zone) {
        Instant due = from.plus(allowed);
        boolean onTime = random.nextDouble() < onTimeShare;
        Instant settled = onTime ? from.plusSeconds((long) (allowed.toSeconds() * random.nextDouble())) : due;
        Map<String, Object> promise = new LinkedHashMap<>();
        promise.put("dueAt", due.toString());
        if (onTime) {
            promise.put("metAt", settled.toString());
        }
        promise.put("onTime", onTime);
        promise.put("settledDate", localDate(settled, zone));
        promise.put("settledMonth", localMonth(settled, zone));
        promise.put("breached", !onTime);
        promise.put("warnings", onTime ? 0 : 2);
        return promise;
    }

    private int score() {
        int roll = random.nextInt(100);
        return roll < 2 ? 1 : roll < 6 ? 2 : roll < 18 ? 3 : roll < 55 ? 4 : 5;
    }

    private Instant moment() {
        return start.plusSeconds(random.nextLong(spanSeconds));
    }

    private Unit unit() {
        int subsidiary = random.nextInt(10);
        return new Unit("sub-" + subsidiary, ZoneId.of(ZONES.get(subsidiary % ZONES.size())),
                DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())), POSTS.get(random.nextInt(POSTS.size())));
    }

    private static String localDate(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone).toString();
    }

    private static String localMonth(Instant at, ZoneId zone) {
        return YearMonth.from(at.atZone(zone)).toString();
    }

    private record Unit(String subsidiary, ZoneId zone, String department, String post) {
    }
}
