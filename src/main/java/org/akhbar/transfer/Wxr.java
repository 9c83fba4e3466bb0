package org.akhbar.transfer;

import java.util.List;
import java.util.Map;

/**
 * What a WordPress eXtended RSS (WXR) export holds, as {@link WxrReader} hands it over, one entry
 * at a time and in file order: the site's terms and authors first (in the channel), then the items.
 * Values are as WordPress wrote them (slugs percent-encoded, dates in its own formats); turning
 * them into Akhbar's is {@link WordPressMapping}'s job. {@code line} is where the entry starts.
 */
final class Wxr {

    private Wxr() {
    }

    sealed interface Entry {
        long line();
    }

    /** The channel's own data, handed over before its first author, term or item. */
    record Site(long line, String title, String link, String baseSiteUrl, String baseBlogUrl) implements Entry {
    }

    record Author(long line, String id, String login, String email, String displayName) implements Entry {
    }

    /** A category; {@code parent} is the parent's nicename (slug), blank for a top one. */
    record Category(long line, String termId, String nicename, String parent, String name) implements Entry {
    }

    record Tag(long line, String termId, String slug, String name) implements Entry {
    }

    /** A category or tag an item is filed under ({@code domain}: category or post_tag). */
    record Term(String domain, String nicename, String name) {
    }

    /** {@code approved}: 1, 0, spam or trash, as WordPress stores it. */
    record Comment(String id, String parent, String author, String email, String url, String ip, String date,
            String dateGmt, String content, String approved, String type, String userId) {
    }

    /** A post, page, attachment or anything else WordPress exported as an item. */
    record Item(long line, String id, String title, String link, String guid, String pubDate, String creator,
            String content, String excerpt, String postDate, String postDateGmt, String postName, String status,
            String postType, String parent, String attachmentUrl, String commentStatus, List<Term> terms,
            Map<String, String> meta, List<Comment> comments) implements Entry {

        String meta(String key) {
            return meta.get(key);
        }
    }
}
