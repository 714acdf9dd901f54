package com.serviceledger.standalone.demo;

import com.serviceledger.kernel.common.CustomerContact;
import java.util.List;

/** Invented customers: personal data the views must mask and the history must leave out. */
final class DemoCustomers {

    private static final List<String> FAMILY = List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao");
    private static final List<String> GIVEN = List.of("Wei", "Fang", "Min", "Jie", "Qiang", "Lei", "Yan", "Hui");

    private DemoCustomers() {
    }

    static CustomerContact next(Dice dice) {
        String family = dice.pick(FAMILY);
        String given = dice.pick(GIVEN);
        String phone = "13" + dice.between(0, 9) + String.format("%08d", dice.between(0, 99_999_999));
        String email = dice.chance(0.4) ? (given + "." + family + "@example.com").toLowerCase() : null;
        return new CustomerContact(family + " " + given, phone, email);
    }
}
