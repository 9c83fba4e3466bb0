package org.akhbar.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.akhbar.text.DigitStyle;
import org.akhbar.text.MonthStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings an administrator changes in the newsroom, as they stand: each stored value over the
 * {@code akhbar.site.*} default of the same name. Read them from {@link SiteSettingsService}; the
 * defaults in {@link SiteProperties} are only where they start.
 *
 * @param name the site's name in the header and titles
 * @param headlineSection the section whose articles lead the home page: its slug as the settings
 *        page stores it, or its name as {@code akhbar.site.headline-section} gives it; "" for none
 * @param months regional style of month names
 * @param digits Western or Arabic-Indic digits
 * @param hijri whether article pages also show the Hijri date
 * @param commentsCloseAfterDays days after publication when an article closes to new comments (0: never)
 * @param commentsFromApprovedAtOnce whether a commenter with an approved comment is shown without
 *        waiting for moderation (their email is their only proof, so this is off unless chosen)
 */
public record SiteSettings(String name, String headlineSection, MonthStyle months, DigitStyle digits, boolean hijri,
        int commentsCloseAfterDays, boolean commentsFromApprovedAtOnce) {

    private static final Logger log = LoggerFactory.getLogger(SiteSettings.class);

    public static final int NAME_MAX = 100;
    public static final int COMMENTS_CLOSE_AFTER_MAX = 3650;

    // The names in the site_setting table: those of the akhbar.site.* properties they override.
    static final String NAME = "name";
    static final String HEADLINE_SECTION = "headline-section";
    static final String MONTHS = "months";
    static final String DIGITS = "digits";
    static final String HIJRI = "hijri";
    static final String COMMENTS_CLOSE_AFTER_DAYS = "comments-close-after-days";
    static final String COMMENTS_FROM_APPROVED_AT_ONCE = "comments-from-approved-at-once";

    /** The settings before comments had any: comments never close by age, and all wait for moderation. */
    public SiteSettings(String name, String headlineSection, MonthStyle months, DigitStyle digits, boolean hijri) {
        this(name, headlineSection, months, digits, hijri, 0, false);
    }

    /**
     * The defaults with the stored values put over them. A value that makes no sense (a month
     * style this version does not know, a setting of a newer version) is skipped with a warning:
     * a bad row must never keep the site from starting.
     */
    static SiteSettings merge(SiteProperties defaults, Map<String, String> stored) {
        String name = defaults.name();
        String headlineSection = defaults.headlineSection();
        MonthStyle months = defaults.months();
        DigitStyle digits = defaults.digits();
        boolean hijri = defaults.hijri();
        int closeAfter = 0;
        boolean approvedAtOnce = false;
        for (Map.Entry<String, String> setting : stored.entrySet()) {
            String value = setting.getValue();
            switch (setting.getKey()) {
                case NAME -> name = value.isBlank() ? ignored(setting, name) : value;
                case HEADLINE_SECTION -> headlineSection = value;
                case MONTHS -> months = parse(MonthStyle.class, value)
                        .orElseGet(() -> ignored(setting, defaults.months()));
                case DIGITS -> digits = parse(DigitStyle.class, value)
                        .orElseGet(() -> ignored(setting, defaults.digits()));
                case HIJRI -> hijri = switch (value) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> ignored(setting, hijri);
                };
                case COMMENTS_CLOSE_AFTER_DAYS -> closeAfter = value.matches("\\d{1,4}")
                        && Integer.parseInt(value) <= COMMENTS_CLOSE_AFTER_MAX ? Integer.parseInt(value)
                        : ignored(setting, closeAfter);
                case COMMENTS_FROM_APPROVED_AT_ONCE -> approvedAtOnce = switch (value) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> ignored(setting, approvedAtOnce);
                };
                default -> ignored(setting, null);
            }
        }
        return new SiteSettings(name, headlineSection, months, digits, hijri, closeAfter, approvedAtOnce);
    }

    /** The rows of the site_setting table. */
    Map<String, String> stored() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(NAME, name);
        rows.put(HEADLINE_SECTION, headlineSection);
        rows.put(MONTHS, months.name());
        rows.put(DIGITS, digits.name());
        rows.put(HIJRI, Boolean.toString(hijri));
        rows.put(COMMENTS_CLOSE_AFTER_DAYS, Integer.toString(commentsCloseAfterDays));
        rows.put(COMMENTS_FROM_APPROVED_AT_ONCE, Boolean.toString(commentsFromApprovedAtOnce));
        return rows;
    }

    /** A style as stored or posted ({@code LEVANT}, {@code ARABIC_INDIC} …); empty for anything else. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> style, String value) {
        for (E candidate : style.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static <T> T ignored(Map.Entry<String, String> setting, T kept) {
        log.warn("Site setting {}={} ignored: not a value this version understands",
                setting.getKey(), setting.getValue());
        return kept;
    }
}
