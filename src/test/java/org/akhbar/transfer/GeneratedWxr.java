package org.akhbar.transfer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a WordPress export of {@code posts} generated Arabic posts, each in two of five nested
 * categories, with two tags and one comment, linking to the post before it: for the tests that
 * need a file big enough to interrupt. (The benchmark has its own generator in {@code bench/}.)
 */
final class GeneratedWxr {

    static final String HOST = "generated.example.com";

    private GeneratedWxr() {
    }

    static void write(Path file, int posts) throws IOException {
        write(file, 1, posts);
    }

    /** Posts numbered from {@code first} (their ids, links and old addresses), so as not to meet another export's. */
    static void write(Path file, int first, int posts) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel>
                    <title>موقع مولد</title>
                    <link>https://%s</link>
                    <wp:base_site_url>https://%s</wp:base_site_url>
                    <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_email><![CDATA[editor@generated.example.com]]></wp:author_email><wp:author_display_name><![CDATA[محرر الموقع]]></wp:author_display_name></wp:author>
                    """.formatted(HOST, HOST));
            for (int c = 1; c <= 5; c++) {
                out.write("<wp:category><wp:term_id>%d</wp:term_id><wp:category_nicename>section-%d</wp:category_nicename><wp:category_parent>%s</wp:category_parent><wp:cat_name><![CDATA[قسم %d]]></wp:cat_name></wp:category>\n"
                        .formatted(c, c, c == 1 ? "" : "section-1", c));
            }
            for (int i = first; i < first + posts; i++) {
                out.write("""
                        <item>
                        <title>خبر رقم %1$d عن الاقتصاد والسياسة</title>
                        <link>https://%2$s/2020/01/post-%1$d/</link>
                        <dc:creator><![CDATA[editor]]></dc:creator>
                        <guid isPermaLink="false">https://%2$s/?p=%1$d</guid>
                        <content:encoded><![CDATA[<!-- wp:paragraph -->
                        <p>الفقرة الأولى من الخبر %1$d، وفيها تفاصيل ما جرى اليوم في العاصمة.</p>
                        <!-- /wp:paragraph -->

                        <!-- wp:paragraph -->
                        <p>وقال مسؤولون إن <a href="https://%2$s/2020/01/post-%3$d/">الخبر السابق</a> كان مقدمة لما حدث.</p>
                        <!-- /wp:paragraph -->]]></content:encoded>
                        <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                        <wp:post_id>%1$d</wp:post_id>
                        <wp:post_date>2020-01-01 12:00:00</wp:post_date>
                        <wp:post_date_gmt>2020-01-01 09:00:00</wp:post_date_gmt>
                        <wp:post_name>post-%1$d</wp:post_name>
                        <wp:status>publish</wp:status>
                        <wp:post_type>post</wp:post_type>
                        <category domain="category" nicename="section-%4$d"><![CDATA[قسم %4$d]]></category>
                        <category domain="category" nicename="section-1"><![CDATA[قسم 1]]></category>
                        <category domain="post_tag" nicename="tag-%5$d"><![CDATA[وسم %5$d]]></category>
                        <category domain="post_tag" nicename="common"><![CDATA[عام]]></category>
                        <wp:comment><wp:comment_id>%1$d</wp:comment_id><wp:comment_author><![CDATA[قارئ]]></wp:comment_author><wp:comment_author_email>r@example.com</wp:comment_author_email><wp:comment_date>2020-01-01 13:00:00</wp:comment_date><wp:comment_date_gmt>2020-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[تعليق]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
                        </item>
                        """.formatted(i, HOST, Math.max(first, i - 1), 2 + i % 4, i % 50));
            }
            out.write("</channel>\n</rss>\n");
        }
    }
}
