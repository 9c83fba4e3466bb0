package org.akhbar.text;

import java.time.DayOfWeek;
import java.util.Objects;

/** Arabic names of the days of the week; the same in every region. */
final class ArabicWeekdays {

    private ArabicWeekdays() {
    }

    static String name(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return switch (day) {
            case SUNDAY -> "الأحد";
            case MONDAY -> "الاثنين";
            case TUESDAY -> "الثلاثاء";
            case WEDNESDAY -> "الأربعاء";
            case THURSDAY -> "الخميس";
            case FRIDAY -> "الجمعة";
            case SATURDAY -> "السبت";
        };
    }
}
