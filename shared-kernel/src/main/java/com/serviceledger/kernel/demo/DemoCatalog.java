package com.serviceledger.kernel.demo;

import com.serviceledger.kernel.organisation.DepartmentKind;
import java.util.List;

/**
 * The demo organisation: subsidiaries of a cement group in three time zones, each with the regulations'
 * departments and service windows (000 §3, 002 第5篇) and a small staff with supervisors and a group leader.
 * The first subsidiary keeps unprefixed ids, so the README's examples stay short.
 */
public final class DemoCatalog {

    public static final String FIRST_SUBSIDIARY = "demo-tangshan";

    private DemoCatalog() {
    }

    public static List<Unit> subsidiaries() {
        return List.of(
                unit(FIRST_SUBSIDIARY, "Tangshan Cement Co. (demo)", "Asia/Shanghai", "",
                        List.of("Zhao Lei", "Chen Jing", "Liu Yang", "Wang Fang", "Li Na", "Zhang Wei", "Sun Hao",
                                "Zhou Min")),
                unit("demo-kashgar", "Kashgar Building Materials (demo)", "Asia/Urumqi", "ks-",
                        List.of("Aziz Tohti", "Gulnar Abla", "Ma Jun", "Dilnur Kadir", "Yusuf Imin", "Han Xue",
                                "Bilal Ahmat", "Guo Ping")),
                unit("demo-vientiane", "Vientiane Cement Plant (demo)", "Asia/Vientiane", "vt-",
                        List.of("Somchai Phommavong", "Noy Keomany", "Khamla Sisavath", "Vanh Souvanna",
                                "Dao Inthavong", "Bounmy Chanthala", "Phet Sayavong", "Mali Vongsa")));
    }

    private static Unit unit(String id, String name, String zone, String prefix, List<String> names) {
        List<Department> departments = List.of(
                new Department(prefix + "dept-cs", "Customer service", DepartmentKind.CUSTOMER_SERVICE),
                new Department(prefix + "dept-sales", "Sales centre 銷售管理中心", DepartmentKind.BUSINESS),
                new Department(prefix + "dept-logistics", "Logistics and storage", DepartmentKind.SUPPORT),
                new Department(prefix + "dept-tech", "Technical department", DepartmentKind.TECHNICAL),
                new Department(prefix + "dept-mgmt", "Management", DepartmentKind.MANAGEMENT));
        List<Post> posts = List.of(
                new Post(prefix + "billing", prefix + "dept-sales", "Billing window 開票室"),
                new Post(prefix + "weighbridge", prefix + "dept-logistics", "Weighbridge 司磅室"),
                new Post(prefix + "gate", prefix + "dept-logistics", "Gate 門衛"),
                new Post(prefix + "loading", prefix + "dept-logistics", "Finished-goods loading 成品保管"),
                new Post(prefix + "unloading", prefix + "dept-logistics", "Raw-material unloading 原料保管"),
                new Post(prefix + "hotline", prefix + "dept-cs", "Service hotline"));
        String leader = staffId(prefix, names.get(0));
        String salesHead = staffId(prefix, names.get(1));
        String logisticsHead = staffId(prefix, names.get(2));
        List<Staff> staff = List.of(
                new Staff(leader, names.get(0), prefix + "dept-mgmt", null, null, null),
                new Staff(salesHead, names.get(1), prefix + "dept-sales", prefix + "billing", null, leader),
                new Staff(logisticsHead, names.get(2), prefix + "dept-logistics", prefix + "weighbridge", null, leader),
                new Staff(staffId(prefix, names.get(3)), names.get(3), prefix + "dept-sales", prefix + "billing",
                        salesHead, leader),
                new Staff(staffId(prefix, names.get(4)), names.get(4), prefix + "dept-sales", prefix + "billing",
                        salesHead, leader),
                new Staff(staffId(prefix, names.get(5)), names.get(5), prefix + "dept-logistics",
                        prefix + "weighbridge", logisticsHead, leader),
                new Staff(staffId(prefix, names.get(6)), names.get(6), prefix + "dept-logistics", prefix + "gate",
                        logisticsHead, leader),
                new Staff(staffId(prefix, names.get(7)), names.get(7), prefix + "dept-cs", prefix + "hotline",
                        salesHead, leader));
        return new Unit(id, name, zone, departments, posts, staff);
    }

    /** "Wang Fang" → "wang-fang" (prefixed outside the first subsidiary). */
    private static String staffId(String prefix, String name) {
        return prefix + name.toLowerCase().replace(' ', '-');
    }

    public record Unit(String subsidiaryId, String name, String timeZone, List<Department> departments,
                       List<Post> posts, List<Staff> staff) {

        /** The head of a department: the staff member there without a supervisor, else the group leader. */
        public String headOf(String departmentId) {
            return staff.stream().filter(s -> s.departmentId().equals(departmentId) && s.supervisorId() == null)
                    .map(Staff::staffId).findFirst().orElse(staff.getFirst().staffId());
        }

        /** Front-line staff: those with a supervisor, who serve customers at a window. */
        public List<Staff> frontLine() {
            return staff.stream().filter(s -> s.supervisorId() != null).toList();
        }
    }

    public record Department(String departmentId, String name, DepartmentKind kind) {
    }

    public record Post(String postId, String departmentId, String name) {
    }

    public record Staff(String staffId, String name, String departmentId, String postId, String supervisorId,
                        String groupLeaderId) {
    }
}
