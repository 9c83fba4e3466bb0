package org.akhbar.taxonomy;

import java.util.List;
import java.util.Optional;

import org.akhbar.platform.ContentCache;
import org.akhbar.platform.ContentCaches;
import org.springframework.stereotype.Component;

/**
 * The site's sections in menu order, read once and kept until content changes: every reader page
 * shows them in its header. A section left out of the menu still has its page.
 */
@Component
public class SectionMenu {

    private static final String MENU = "menu";

    private final SectionRepository sections;
    private final ContentCache<String, Menu> menu;

    /** Every section, and those the header shows. */
    private record Menu(List<Section> all, List<Section> shown) {
    }

    SectionMenu(SectionRepository sections, ContentCaches caches) {
        this.sections = sections;
        this.menu = caches.create(1, (String key, Menu all) -> 1);
    }

    /** Every section, shown in the menu or not. */
    public List<Section> all() {
        return menu().all();
    }

    /** The sections the header menu shows. */
    public List<Section> shown() {
        return menu().shown();
    }

    public boolean isShown(Section section) {
        return shown().contains(section);
    }

    public Optional<Section> bySlug(String slug) {
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<Section> byName(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private Menu menu() {
        return menu.get(MENU, key -> new Menu(sections.findAll(), sections.findInMenu()));
    }
}
