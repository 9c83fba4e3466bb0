package org.akhbar.api.web;

import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.Tag;

/** A section or a tag: its id, its address's slug, its name, and its page on the site. */
public record LabelJson(long id, String slug, String name, String url) {

    static LabelJson of(Section section, Links links) {
        return section == null ? null : new LabelJson(section.id(), section.slug(), section.name(), links.site(section.path()));
    }

    static LabelJson of(Tag tag, Links links) {
        return new LabelJson(tag.id(), tag.slug(), tag.name(), links.site(tag.path()));
    }
}
