package org.akhbar.text;

import java.util.List;

/** Arabic names of the Hijri months, as printed by Saudi (Umm al-Qura) and most other outlets. */
final class HijriMonths {

    private static final List<String> NAMES = List.of(
            "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
            "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");

    private HijriMonths() {
    }

    /** The name of Hijri month {@code month}, 1 (Muharram) to 12 (Dhu al-Hijjah). */
    static String name(int month) {
        if (month < 1 || month > NAMES.size()) {
            throw new IllegalArgumentException("Hijri month out of range: " + month);
        }
        return NAMES.get(month - 1);
    }
}
