package org.akhbar.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.akhbar.platform.ContentChanged;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.InvalidInputException.Problem;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionMenu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The site's settings as they stand ({@link SiteSettings}), kept in memory so that reading them
 * costs a reader's page nothing, and read again from the database whenever the change log says
 * that they changed, on whichever node.
 */
@Service
public class SiteSettingsService {

    private static final Logger log = LoggerFactory.getLogger(SiteSettingsService.class);

    private final SiteProperties defaults;
    private final SiteSettingRepository settings;
    private final SectionMenu sections;
    private volatile SiteSettings current;
    // Until the first read, and again after a read failed: the next caller reads them.
    private volatile boolean stale = true;

    SiteSettingsService(SiteProperties defaults, SiteSettingRepository settings, SectionMenu sections) {
        this.defaults = defaults;
        this.settings = settings;
        this.sections = sections;
        this.current = SiteSettings.merge(defaults, Map.of());
    }

    public SiteSettings current() {
        return stale ? refresh() : current;
    }

    /** The section whose articles lead the home page, if it exists. */
    public Optional<Section> headlineSection() {
        String wanted = current().headlineSection();
        return sections.bySlug(wanted).or(() -> sections.byName(wanted));
    }

    /**
     * Checks and stores all the settings at once; nothing is stored if any is wrong. Every node,
     * this one first, takes them up when the change is committed.
     */
    public void save(SiteSettings wanted) {
        List<Problem> problems = new ArrayList<>();
        String name = wanted.name() == null ? "" : wanted.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > SiteSettings.NAME_MAX) {
            problems.add(new Problem("name", "settings.error.name", SiteSettings.NAME_MAX));
        }
        // "" is none. The value in force, or the default, may name a section that does not exist yet.
        String headline = wanted.headlineSection() == null ? "" : wanted.headlineSection();
        if (!headline.isEmpty() && !headline.equals(current().headlineSection())
                && !headline.equals(defaults.headlineSection()) && sections.bySlug(headline).isEmpty()) {
            problems.add(new Problem("headlineSection", "settings.error.headline-section"));
        }
        if (wanted.months() == null) {
            problems.add(new Problem("months", "settings.error.months"));
        }
        if (wanted.digits() == null) {
            problems.add(new Problem("digits", "settings.error.digits"));
        }
        if (wanted.commentsCloseAfterDays() < 0 || wanted.commentsCloseAfterDays() > SiteSettings.COMMENTS_CLOSE_AFTER_MAX) {
            problems.add(new Problem("commentsCloseAfterDays", "comments.settings.error.close-after",
                    SiteSettings.COMMENTS_CLOSE_AFTER_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        settings.saveAll(new SiteSettings(name, headline, wanted.months(), wanted.digits(), wanted.hijri(),
                wanted.commentsCloseAfterDays(), wanted.commentsFromApprovedAtOnce()).stored());
    }

    /** First of all listeners: the page caches must not empty before the new settings are in place. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ContentChanged changed) {
        if (changed.changes().stream().anyMatch(c -> SiteSettingRepository.ENTITY.equals(c.entity()))) {
            stale = true;
            refresh();
        }
    }

    private synchronized SiteSettings refresh() {
        try {
            current = SiteSettings.merge(defaults, settings.findAll());
            stale = false;
        } catch (RuntimeException e) {
            // The database is away: pages (error pages too) go on with the last settings known.
            log.warn("Site settings could not be read; the last known stay in use: {}", e.toString());
        }
        return current;
    }
}
