package org.akhbar.article.web;

import java.util.List;

import org.akhbar.article.ArticleSummary;
import org.akhbar.site.Chrome;
import org.akhbar.site.PageMeta;
import org.akhbar.taxonomy.Section;

/** The home page: headline stories, the latest, then a block per section. */
public record HomePage(Chrome chrome, String canonicalUrl, List<ArticleSummary> headlines,
        List<ArticleSummary> latest, List<SectionBlock> sections, PageMeta meta) {

    public record SectionBlock(Section section, List<ArticleSummary> items) {
    }
}
