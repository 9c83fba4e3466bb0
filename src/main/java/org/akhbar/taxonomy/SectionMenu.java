package org.akhbar.taxonomy;

import java.util.List;
import java.util.Optional;

import org.akhbar.platform.ContentCache;
import org.akhbar.platform.ContentCaches;
import org.springframework.stereotype.Component;

/**
 * The site's sections in menu order, read once and kept until content changes: every reader page
 * shows them in its header.
 */
@Component
public class SectionMenu {

    private static final String MENU = "menu";

    private final SectionRepository sections;
    private final ContentCache<String, List<Section>> menu;

    SectionMenu(SectionRepository sections, ContentCaches caches) {
        this.sections = sections;
        this.menu = caches.create(1, (String key, List<Section> all) -> 1);
    }

    public List<Section> all() {
        return menu.get(MENU, key -> sections.findAll());
    }

    public Optional<Section> bySlug(String slug) {
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<Section> byName(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
