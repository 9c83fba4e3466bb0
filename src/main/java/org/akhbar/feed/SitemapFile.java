package org.akhbar.feed;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file the sitemap index lists, by its name under {@code /sitemaps/}: the home and section
 * pages, the news of the last two days, a month of the archive (cut in numbered parts when it holds
 * more addresses than a file may), or a group of tags.
 */
public sealed interface SitemapFile {

    String DIRECTORY = "/sitemaps/";

    Pattern ARCHIVE = Pattern.compile("articles-(\\d{4}-\\d{2})(?:-(\\d{1,6}))?\\.xml");
    Pattern TAGS = Pattern.compile("tags-(\\d{1,9})\\.xml");

    String name();

    default String path() {
        return DIRECTORY + name();
    }

    record Pages() implements SitemapFile {
        public String name() {
            return "pages.xml";
        }
    }

    record News() implements SitemapFile {
        public String name() {
            return "news.xml";
        }
    }

    /** Part {@code part} (from 1) of a month; the first part's name has no number. */
    record Archive(YearMonth month, int part) implements SitemapFile {
        public String name() {
            return "articles-" + month + (part == 1 ? "" : "-" + part) + ".xml";
        }
    }

    /** Group {@code group} (from 1) of the tags, by id. */
    record Tags(int group) implements SitemapFile {
        public String name() {
            return "tags-" + group + ".xml";
        }
    }

    /** The file of this name, if it is one a sitemap index could list. */
    static Optional<SitemapFile> parse(String name) {
        if (name.equals("pages.xml")) {
            return Optional.of(new Pages());
        }
        if (name.equals("news.xml")) {
            return Optional.of(new News());
        }
        Matcher archive = ARCHIVE.matcher(name);
        if (archive.matches()) {
            try {
                int part = archive.group(2) == null ? 1 : Integer.parseInt(archive.group(2));
                // "-1" is spelled without its number: one name per file.
                return part < 2 && archive.group(2) != null ? Optional.empty()
                        : Optional.of(new Archive(YearMonth.parse(archive.group(1)), part));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher tags = TAGS.matcher(name);
        if (tags.matches() && Integer.parseInt(tags.group(1)) >= 1) {
            return Optional.of(new Tags(Integer.parseInt(tags.group(1))));
        }
        return Optional.empty();
    }
}
