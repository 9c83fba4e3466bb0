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

/**
 * Builds the {@link Chrome} of a page, in the site's settings as they stand: the messages and date
 * formats that follow from them are made again only when an administrator changes them.
 */
@Component
public class SiteChrome {

    private static final Logger log = LoggerFactory.getLogger(SiteChrome.class);
    public static final Locale LOCALE = Locale.forLanguageTag("ar");

    private final SiteProperties site;
    private final SiteSettingsService settings;
    private final SectionMenu sections;
    private final MessageBundles bundles;
    private final Clock clock;
    private final ObjectProvider<ResourceUrlProvider> assetUrls;
    private volatile Styles styles;
    private volatile Assets assets;

    /** Messages and dates in the digit and month styles of these settings. */
    private record Styles(SiteSettings settings, Messages messages, ArabicDates dates) {
    }

    /** Addresses of the static assets, resolved once. */
    private record Assets(String stylesheet, String script, String icon) {
    }

    SiteChrome(SiteProperties site, SiteSettingsService settings, SectionMenu sections, MessageBundles bundles,
            Clock clock, ObjectProvider<ResourceUrlProvider> assetUrls) {
        this.site = site;
        this.settings = settings;
        this.sections = sections;
        this.bundles = bundles;
        this.clock = clock;
        this.assetUrls = assetUrls;
    }

    public Chrome chrome() {
        return chrome(sections.shown());
    }

    /** For error pages: a failing database must not stop the error page itself. */
    public Chrome chromeForErrors() {
        List<Section> menu;
        try {
            menu = sections.shown();
        } catch (RuntimeException e) {
            log.warn("Error page shown without the sections menu", e);
            menu = List.of();
        }
        return chrome(menu);
    }

    public Messages messages() {
        return styles().messages();
    }

    public ArabicDates dates() {
        return styles().dates();
    }

    /** What administrators change: name, headline section, month and digit styles, Hijri date. */
    public SiteSettings settings() {
        return styles().settings();
    }

    /** What the operator sets and the newsroom does not: address, description, time zone, page size. */
    public SiteProperties site() {
        return site;
    }

    /**
     * The styles of the current settings. Made again when they change; until then every page
     * shares them. Two threads may both make them after a change: they make the same thing.
     */
    private Styles styles() {
        SiteSettings now = settings.current();
        Styles made = styles;
        if (made == null || !made.settings().equals(now)) {
            made = new Styles(now, bundles.forLocale(LOCALE, now.digits()),
                    new ArabicDates(now.months(), now.digits(), site.zone()));
            styles = made;
        }
        return made;
    }

    private Chrome chrome(List<Section> menu) {
        Assets resolved = assets;
        if (resolved == null) {
            resolved = new Assets(versioned("/assets/site.css"), versioned("/assets/site.js"),
                    versioned("/assets/icon.svg"));
            assets = resolved;
        }
        Styles now = styles();
        return new Chrome(now.settings(), site, now.dates().dateWithWeekday(clock.instant()), menu, now.messages(),
                now.dates(), resolved.stylesheet(), resolved.script(), resolved.icon());
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
