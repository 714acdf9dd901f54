package com.serviceledger.kernel.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

/** Working days of a subsidiary: Monday to Friday minus its holidays. */
public record WorkingCalendar(Set<LocalDate> holidays) {

    public WorkingCalendar {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The same local time {@code days} later, counting only working days. */
    public ZonedDateTime plusDays(ZonedDateTime start, int days, DayKind kind) {
        if (kind == DayKind.CALENDAR) {
            return start.plusDays(days);
        }
        ZonedDateTime due = start;
        int counted = 0;
        while (counted < days) {
            due = due.plusDays(1);
            if (isWorkingDay(due.toLocalDate())) {
                counted++;
            }
        }
        return due;
    }
}
