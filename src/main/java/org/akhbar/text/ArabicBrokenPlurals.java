package org.akhbar.text;

import java.util.Map;

/**
 * Broken plurals common in the news, mapped to their singular (both normalised): a light stemmer
 * cannot reach them because the plural changes the inside of the word (مدن of مدينة، وزراء of وزير،
 * صواريخ of صاروخ). Only plurals that mean nothing else are listed: فرق (teams, or differences) and
 * كتب (books, or he wrote) are not.
 */
public final class ArabicBrokenPlurals {

    private static final Map<String, String> SINGULAR = Map.ofEntries(
            Map.entry("مدن", "مدينه"), Map.entry("اسواق", "سوق"), Map.entry("اسعار", "سعر"),
            Map.entry("وزراء", "وزير"), Map.entry("روساء", "رييس"), Map.entry("قاده", "قايد"),
            Map.entry("اطفال", "طفل"), Map.entry("اخبار", "خبر"), Map.entry("مشاريع", "مشروع"),
            Map.entry("اسلحه", "سلاح"), Map.entry("جنود", "جندي"), Map.entry("صواريخ", "صاروخ"),
            Map.entry("ضحايا", "ضحيه"), Map.entry("قتلي", "قتيل"), Map.entry("جرحي", "جريح"),
            Map.entry("اسري", "اسير"), Map.entry("سفن", "سفينه"), Map.entry("مناطق", "منطقه"),
            Map.entry("شوارع", "شارع"), Map.entry("مدارس", "مدرسه"), Map.entry("بنوك", "بنك"),
            Map.entry("اراضي", "ارض"), Map.entry("احزاب", "حزب"), Map.entry("نواب", "نايب"),
            Map.entry("علماء", "عالم"), Map.entry("ابطال", "بطل"), Map.entry("اهداف", "هدف"),
            Map.entry("ملايين", "مليون"), Map.entry("دول", "دوله"), Map.entry("قوات", "قوه"),
            Map.entry("شعوب", "شعب"), Map.entry("جيوش", "جيش"), Map.entry("امراض", "مرض"),
            Map.entry("ادويه", "دواء"), Map.entry("اشهر", "شهر"), Map.entry("ايام", "يوم"),
            Map.entry("سنوات", "سنه"), Map.entry("اعوام", "عام"), Map.entry("شهداء", "شهيد"),
            Map.entry("مواقع", "موقع"), Map.entry("مصادر", "مصدر"), Map.entry("عقود", "عقد"),
            Map.entry("مواني", "ميناء"), Map.entry("رجال", "رجل"), Map.entry("بلدان", "بلد"),
            Map.entry("نجوم", "نجم"), Map.entry("اسهم", "سهم"), Map.entry("انظمه", "نظام"),
            Map.entry("مساجد", "مسجد"), Map.entry("مصانع", "مصنع"), Map.entry("مزارع", "مزرعه"),
            Map.entry("محاصيل", "محصول"), Map.entry("لاعبين", "لاعب"), Map.entry("طلاب", "طالب"),
            Map.entry("معلمين", "معلم"), Map.entry("اطباء", "طبيب"), Map.entry("سدود", "سد"),
            Map.entry("انهار", "نهر"), Map.entry("امطار", "مطر"), Map.entry("سيول", "سيل"));

    private ArabicBrokenPlurals() {
    }

    /** The singular of a normalised broken plural, or the word itself. */
    public static String singular(String word) {
        return SINGULAR.getOrDefault(word, word);
    }
}
