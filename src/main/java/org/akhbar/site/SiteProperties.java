package org.akhbar.site;

import java.net.URI;
import java.time.ZoneId;

import org.akhbar.text.DigitStyle;
import org.akhbar.text.MonthStyle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of one site, under {@code akhbar.site.*} (e.g. {@code --akhbar.site.months=LEVANT} or
 * {@code AKHBAR_SITE_MONTHS=LEVANT}).
 *
 * <p>{@code name}, {@code headlineSection}, {@code months}, {@code digits} and {@code hijri} are
 * only defaults: an administrator may change them in the newsroom, so pages read them from
 * {@link SiteSettingsService}. The address, description, time zone and page size are the
 * operator's alone (they shape URLs, caches and stored dates) and stay here.
 *
 * @param name the site's name in the header and titles
 * @param url the public address, used for canonical and share links (never the request's Host)
 * @param headlineSection name of the section whose articles lead the home page
 * @param zone the newsroom's time zone: dates are shown in it
 * @param months regional style of month names (نوفمبر or تشرين الثاني …)
 * @param digits Western (0-9) or Arabic-Indic (٠-٩) digits
 * @param hijri whether article pages also show the Hijri date
 * @param pageSize articles per page of a list
 */
@ConfigurationProperties("akhbar.site")
public record SiteProperties(
        @DefaultValue("أخبار") String name,
        @DefaultValue("آخر الأخبار العربية والدولية على مدار الساعة") String description,
        @DefaultValue("http://localhost:8080") URI url,
        @DefaultValue("رئيسي") String headlineSection,
        @DefaultValue("Asia/Riyadh") ZoneId zone,
        @DefaultValue("MASHRIQ") MonthStyle months,
        @DefaultValue("WESTERN") DigitStyle digits,
        @DefaultValue("true") boolean hijri,
        @DefaultValue("12") int pageSize) {

    public SiteProperties {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("akhbar.site.page-size must be between 1 and 100");
        }
    }

    /** The public address of a path of this site. */
    public String absolute(String path) {
        String base = url.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
