package com.serviceledger.kernel.scoring;

/** The unit that names one service star a month: a department of a subsidiary. */
public final class StarBoardId {

    private StarBoardId() {
    }

    public static String of(String subsidiaryId, String departmentId) {
        return "STAR:" + subsidiaryId + ":" + departmentId;
    }
}
