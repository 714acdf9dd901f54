package com.serviceledger.bench.load;

import com.serviceledger.kernel.demo.DemoCatalog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The command mix of the standalone demo generator (ComplaintScript, ServiceRequestScript, RatingScript) on
 * the demo organisation's first subsidiary: complaint lifecycles, service-request lifecycles and ratings,
 * each step sent by the role the access rules require. Each step appends exactly one event, so after the
 * n-th step (0-based) the case's view shows {@code lastSequence = n}.
 * <p>
 * With inspections (the fault run's mix) it also records quality inspections (InspectionScript) with failed
 * items and rectifies them: the rectification cases are opened by the command side's relay, not by a request.
 * That mix starts with an emergency plan, an incident that activates it, an improvement action and a complaint whose
 * verification blames the staff member (a scorecard), so each of their views has documents.
 */
public final class DemoMix {

    public static final String SUBSIDIARY = DemoCatalog.FIRST_SUBSIDIARY;
    /** Front-line staff of the first subsidiary: they serve, are blamed and handle; their supervisors head. */
    private static final List<DemoCatalog.Staff> FRONT_LINE = DemoCatalog.subsidiaries().getFirst().frontLine();
    private static final List<String> CHANNELS = List.of("HOTLINE", "ONLINE", "EMAIL", "ON_SITE", "WECHAT");
    private static final List<String> GRIEVANCES = List.of("The weighbridge ticket was printed twice",
            "Waited two hours at the gate for loading", "The billing window closed early", "Wrong invoice amount");

    private static final List<String> FAULTS = List.of("Counter untidy", "Queue sign missing",
            "Scale out of calibration", "Price list outdated");

    /** The emergency kind the fault mix's plan and incidents are of. */
    private static final String EMERGENCY = "SYSTEM_FAILURE";

    private final SplittableRandom dice;
    private final boolean withInspections;
    /** Cases of the fault mix's first turns, in order: one of each kind whose view would otherwise be empty. */
    private int opening;

    /** The bench's mix: complaints, service requests and ratings. */
    public DemoMix(long seed) {
        this(seed, false);
    }

    public DemoMix(long seed, boolean withInspections) {
        this.dice = new SplittableRandom(seed);
        this.withInspections = withInspections;
    }

    /**
     * The next case: 40 % complaints, 40 % service requests, 20 % single ratings; with inspections, 15 % of the
     * cases are inspections instead, in the same proportions otherwise.
     */
    public synchronized Case next() {
        if (withInspections) {
            // drawn without the dice, so the rest of the mix is the seed's as before
            switch (opening++) {
                case 0 -> {
                    return emergencyPlan();
                }
                case 1 -> {
                    return incident();
                }
                case 2 -> {
                    return improvementAction();
                }
                case 3 -> {
                    return complaint(true);
                }
                default -> {
                }
            }
            if (dice.nextInt(100) < 15) {
                return inspection();
            }
        }
        int roll = dice.nextInt(10);
        return roll < 4 ? complaint(false) : roll < 8 ? serviceRequest() : rating();
    }

    /** @param blame the verifier finds the served staff member at fault (else one complaint in five) */
    private Case complaint(boolean blame) {
        DemoCatalog.Staff staff = pick(FRONT_LINE);
        String head = staff.supervisorId();
        String handler = pick(FRONT_LINE).staffId();
        boolean blamed = dice.nextInt(10) < 2 || blame;
        String base = "/api/complaints/{id}/";
        List<Step> steps = new ArrayList<>(List.of(
                new Step("/api/complaints", "agent", """
                        {"channel":"%s","customer":{"name":"%s","phone":"138%08d"},"content":"%s",
                         "demand":"Refund the fee","target":{"subsidiaryId":"%s","departmentId":"%s","postId":"%s",
                         "staffId":"%s"},"urgency":"NORMAL"}""".formatted(pick(CHANNELS), customer(),
                        dice.nextInt(100_000_000), pick(GRIEVANCES), SUBSIDIARY, staff.departmentId(), staff.postId(),
                        staff.staffId())),
                new Step(base + "forward", "agent",
                        "{\"departmentId\":\"%s\",\"departmentHeadId\":\"%s\"}".formatted(staff.departmentId(), head)),
                new Step(base + "contact", "head",
                        "{\"contactedBy\":\"%s\",\"proposedSolution\":\"We will call you back\"}".formatted(head)),
                new Step(base + "handler", "head", "{\"handlerId\":\"%s\"}".formatted(handler)),
                new Step(base + "resolve", "handler", "{\"resolution\":\"Settled with the customer\"}"),
                new Step(base + "callback", "supervisor",
                        "{\"satisfaction\":%d,\"solutionAccepted\":true}".formatted(3 + dice.nextInt(3))),
                new Step(base + "verify", "supervisor", blamed
                        ? "{\"responsibleStaffId\":\"%s\",\"misconduct\":\"ATTITUDE\",\"findings\":\"Confirmed\"}"
                                .formatted(staff.staffId())
                        : "{\"misconduct\":\"NONE\",\"findings\":\"No one at fault\"}"),
                new Step(base + "archive", "supervisor", null)));
        return new Case(Kind.COMPLAINT, steps);
    }

    private Case serviceRequest() {
        return serviceRequest(Instant.now().plus(1, ChronoUnit.DAYS));
    }

    /** A service-request lifecycle whose plan promises delivery at {@code dueAt} (its timers fall due then). */
    public synchronized Case serviceRequest(Instant dueAt) {
        DemoCatalog.Staff staff = pick(FRONT_LINE);
        String base = "/api/service-requests/{id}/";
        String due = dueAt.truncatedTo(ChronoUnit.SECONDS).toString();
        List<Step> steps = List.of(
                new Step("/api/service-requests", "agent", """
                        {"channel":"%s","customer":{"name":"%s","phone":"139%08d"},"category":"BUSINESS_ASSISTANCE",
                         "description":"Help with the delivery contract","target":{"subsidiaryId":"%s",
                         "departmentId":"%s","postId":"%s"}}""".formatted(pick(CHANNELS), customer(),
                        dice.nextInt(100_000_000), SUBSIDIARY, staff.departmentId(), staff.postId())),
                new Step(base + "assign", "head", "{\"assigneeId\":\"%s\"}".formatted(staff.staffId())),
                new Step(base + "assess", "handler",
                        "{\"nature\":\"Routine\",\"difficulty\":\"LOW\",\"resources\":\"One clerk\"}"),
                new Step(base + "plan", "handler", """
                        {"goal":"Answer the customer","steps":["Prepare","Deliver"],"ownerId":"%s","dueAt":"%s"}"""
                        .formatted(staff.staffId(), due)),
                new Step(base + "progress", "handler", "{\"note\":\"Under way\"}"),
                new Step(base + "deliver", "handler", "{\"summary\":\"Done\"}"),
                new Step(base + "accept", "agent", null),
                new Step(base + "satisfaction", "agent", "{\"score\":%d,\"comment\":\"Good\"}"
                        .formatted(3 + dice.nextInt(3))),
                new Step(base + "close", "agent", null));
        return new Case(Kind.SERVICE_REQUEST, steps);
    }

    private Case rating() {
        DemoCatalog.Staff staff = pick(FRONT_LINE);
        return new Case(Kind.RATING, List.of(new Step("/api/ratings", "agent", """
                {"source":"ONLINE_RATING","unit":{"subsidiaryId":"%s","departmentId":"%s","postId":"%s",
                 "staffId":"%s"},"channel":"WECHAT","score":%d,"comment":"Friendly and quick"}"""
                .formatted(SUBSIDIARY, staff.departmentId(), staff.postId(), staff.staffId(), 1 + dice.nextInt(5)))));
    }

    /**
     * A daily inspection of one service window: four to eight checklist items, one or two failed (minor, or major
     * with a work order due in two days), then each failed item rectified by a handler. The inspection's answer
     * names the rectification cases ({@code RCT-<inspection>-<item>}); the relay opens them a moment later.
     */
    private Case inspection() {
        DemoCatalog.Staff staff = pick(FRONT_LINE);
        int itemCount = 4 + dice.nextInt(5);
        int failed = 1 + dice.nextInt(2);
        List<String> items = new ArrayList<>();
        List<Step> rectifications = new ArrayList<>();
        for (int itemNo = 1; itemNo <= itemCount; itemNo++) {
            String standard = "\"standardCode\":\"STD-%02d\"".formatted(itemNo);
            if (itemNo > itemCount - failed) {
                boolean major = dice.nextInt(5) == 0;
                items.add(("{%s,\"result\":\"FAIL\",\"note\":\"%s\",\"severity\":\"%s\","
                        + "\"responsibleStaffId\":\"%s\"%s}")
                        .formatted(standard, pick(FAULTS), major ? "MAJOR" : "MINOR", staff.staffId(), major
                                ? ",\"workOrderDueAt\":\"%s\"".formatted(Instant.now().plus(2, ChronoUnit.DAYS)
                                        .truncatedTo(ChronoUnit.SECONDS)) : ""));
                String rectification = "RCT-{id}-" + itemNo;
                // the inspector records the fix the responsible staff member made (a handler records only their own)
                rectifications.add(new Step("/api/rectifications/" + rectification + "/rectify", "inspector",
                        "{\"rectifiedBy\":\"%s\",\"note\":\"Fixed\"}".formatted(staff.staffId()), rectification));
            } else {
                items.add("{%s,\"result\":\"PASS\"}".formatted(standard));
            }
        }
        List<Step> steps = new ArrayList<>(List.of(new Step("/api/inspections", "inspector", """
                {"kind":"DAILY","unit":{"subsidiaryId":"%s","siteId":"%s"},
                 "inspectors":[{"inspectorId":"zhou-min","role":"FOREMAN"}],"items":[%s]}"""
                .formatted(SUBSIDIARY, staff.postId(), String.join(",", items)))));
        steps.addAll(rectifications);
        return new Case(Kind.INSPECTION, steps);
    }

    /** A new version of the first subsidiary's plan, and a drill planned for a time to come (its timers far off). */
    private Case emergencyPlan() {
        String plan = "/api/emergency-plans/%s/%s/".formatted(SUBSIDIARY, EMERGENCY);
        return new Case(Kind.EMERGENCY_PLAN, List.of(
                new Step(plan + "versions", "supervisor", """
                        {"procedure":"Switch to the standby system, then call the vendor","duties":"The IT head leads",
                         "resources":"Standby server in room 2","organisation":"Emergency team of five"}"""),
                new Step(plan + "drills", "supervisor",
                        "{\"scheduledAt\":\"2099-06-01T09:00:00Z\",\"scenario\":\"Billing system down\"}")));
    }

    /** An incident declared (which activates the plan in force), reported to the superiors, resolved and reviewed. */
    private Case incident() {
        DemoCatalog.Staff staff = pick(FRONT_LINE);
        String base = "/api/incidents/{id}/";
        return new Case(Kind.INCIDENT, List.of(
                new Step("/api/incidents", "agent", """
                        {"unit":{"subsidiaryId":"%s","departmentId":"%s"},"kind":"%s","severity":"MAJOR",
                         "description":"Billing system down"}"""
                        .formatted(SUBSIDIARY, staff.departmentId(), EMERGENCY)),
                new Step(base + "report", "agent", "{\"reportedTo\":\"%s\",\"summary\":\"Billing down\"}"
                        .formatted(staff.supervisorId())),
                new Step(base + "resolve", "handler", "{\"resolution\":\"Failed over to the standby\"}"),
                new Step(base + "review", "supervisor",
                        "{\"findings\":\"No failover test\",\"improvementActions\":[\"Test the failover\"]}")));
    }

    /** An improvement action after a unit's evaluation: raised, progress, done, its effect checked. */
    private Case improvementAction() {
        DemoCatalog.Staff staff = pick(FRONT_LINE);
        String base = "/api/improvement-actions/{id}/";
        return new Case(Kind.IMPROVEMENT_ACTION, List.of(
                new Step("/api/improvement-actions", "supervisor", """
                        {"subsidiaryId":"%s","departmentId":"%s",
                         "cause":{"kind":"UNIT_EVALUATION","reference":"2026-11"},
                         "measure":"Second check of every invoice","ownerId":"%s","dueAt":"2099-06-01T17:00:00Z"}"""
                        .formatted(SUBSIDIARY, staff.departmentId(), staff.staffId())),
                new Step(base + "progress", "handler", "{\"note\":\"Half the clerks trained\"}"),
                new Step(base + "done", "handler", "{\"note\":\"All clerks trained\"}"),
                new Step(base + "effect-check", "supervisor", "{\"effective\":true,\"note\":\"No wrong invoice\"}")));
    }

    private String customer() {
        return pick(List.of("Wang", "Li", "Zhang", "Liu")) + " " + pick(List.of("Wei", "Fang", "Min", "Jie"));
    }

    private <T> T pick(List<T> values) {
        return values.get(dice.nextInt(values.size()));
    }

    public enum Kind { COMPLAINT, SERVICE_REQUEST, RATING, INSPECTION, EMERGENCY_PLAN, INCIDENT, IMPROVEMENT_ACTION }

    /**
     * One HTTP command: path ({@code {id}} stands for the case id), the demo user who may send it, JSON body.
     *
     * @param openedCase the id ({@code {id}} as in the path) of the case this step acts on when that is not the
     *                   case itself but one the command side opens from it (a relay's rectification); null for the
     *                   case itself
     */
    public record Step(String path, String user, String body, String openedCase) {

        public Step(String path, String user, String body) {
            this(path, user, body, null);
        }
    }

    /** A case driven by one client at a time: the id comes with the first step's answer. */
    public static final class Case {
        private final Kind kind;
        private final List<Step> steps;
        private int next;
        private String id;

        Case(Kind kind, List<Step> steps) {
            this.kind = kind;
            this.steps = steps;
        }

        public Kind kind() {
            return kind;
        }

        public String id() {
            return id;
        }

        public void identify(String caseId) {
            this.id = caseId;
        }

        /** The 0-based index of the step to send next, which is also the event sequence it appends. */
        public int index() {
            return next;
        }

        public Step step() {
            return steps.get(next);
        }

        public String path() {
            return withId(step().path());
        }

        /** The case the current step's events go to: the case itself, or the one the command side opened from it. */
        public String target() {
            String opened = step().openedCase();
            return opened == null ? id : withId(opened);
        }

        private String withId(String template) {
            return template.replace("{id}", id == null ? "" : id);
        }

        public void advance() {
            next++;
        }

        public boolean done() {
            return next >= steps.size();
        }
    }
}
