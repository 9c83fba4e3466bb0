package org.akhbar.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.akhbar.platform.ContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The site's sections in menu order, read once and kept until a section changes: every reader page
 * shows them in its header.
 */
@Component
public class SectionMenu {

    private final SectionRepository sections;
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot cached;

    /** A list read at a version; one read before a change never outlives that change. */
    private record Snapshot(long version, List<Section> sections) {
    }

    SectionMenu(SectionRepository sections) {
        this.sections = sections;
    }

    public List<Section> all() {
        Snapshot current = cached;
        long now = version.get();
        if (current == null || current.version() != now) {
            current = new Snapshot(now, sections.findAll());
            cached = current;
        }
        return current.sections();
    }

    public Optional<Section> bySlug(String slug) {
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<Section> byName(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @EventListener
    void on(ContentChanged changed) {
        if (changed.touches(SectionRepository.ENTITY)) {
            version.incrementAndGet();
        }
    }
}
