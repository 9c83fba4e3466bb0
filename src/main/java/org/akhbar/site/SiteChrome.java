package org.akhbar.site;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.akhbar.text.ArabicDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link Chrome} of a page. */
@Component
public class SiteChrome {

    private static final Logger log = LoggerFactory.getLogger(SiteChrome.class);
    public static final Locale LOCALE = Locale.forLanguageTag("ar");

    private final SiteProperties site;
    private final SectionMenu sections;
    private final Messages messages;
    private final ArabicDates dates;
    private final Clock clock;
    private final ObjectProvider<ResourceUrlProvider> assetUrls;
    private volatile Assets assets;

    /** Addresses of the static assets, resolved once. */
    private record Assets(String stylesheet, String script, String icon) {
    }

    SiteChrome(SiteProperties site, SectionMenu sections, MessageBundles bundles, Clock clock,
            ObjectProvider<ResourceUrlProvider> assetUrls) {
        this.site = site;
        this.sections = sections;
        this.messages = bundles.forLocale(LOCALE, site.digits());
        this.dates = new ArabicDates(site.months(), site.digits(), site.zone());
        this.clock = clock;
        this.assetUrls = assetUrls;
    }

    public Chrome chrome() {
        return chrome(sections.all());
    }

    /** For error pages: a failing database must not stop the error page itself. */
    public Chrome chromeForErrors() {
        List<Section> menu;
        try {
            menu = sections.all();
        } catch (RuntimeException e) {
            log.warn("Error page shown without the sections menu", e);
            menu = List.of();
        }
        return chrome(menu);
    }

    public Messages messages() {
        return messages;
    }

    public ArabicDates dates() {
        return dates;
    }

    public SiteProperties site() {
        return site;
    }

    private Chrome chrome(List<Section> menu) {
        Assets resolved = assets;
        if (resolved == null) {
            resolved = new Assets(versioned("/assets/site.css"), versioned("/assets/site.js"), versioned("/assets/icon.svg"));
            assets = resolved;
        }
        return new Chrome(site, dates.dateWithWeekday(clock.instant()), menu, messages, dates,
                resolved.stylesheet(), resolved.script(), resolved.icon());
    }

    /**
     * The asset's address with a hash of its content, so it can be cached for a year. (Command-line
     * jobs run without the web layer and have no provider; they render no pages.)
     */
    private String versioned(String path) {
        ResourceUrlProvider provider = assetUrls.getIfAvailable();
        String url = provider == null ? null : provider.getForLookupPath(path);
        return url == null ? path : url;
    }
}
