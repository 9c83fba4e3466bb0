/*
 * Writes a WordPress export (WXR 1.2) of N generated Arabic news posts, for the import benchmark
 * (bench/wordpress-import.sh).
 *
 *   java bench/GenerateWxr.java N OUT.xml
 *
 * Deterministic: a fixed seed drives every choice, so the same N always gives the same file.
 * Like a real news site's export: 20 authors, 24 categories in two levels, 600 tags, posts of
 * 6-10 paragraphs (about 450-800 words) in the block editor's markup (two thirds) or the classic
 * editor's blank-line paragraphs (one third), now and then a [caption] or an unknown shortcode, a
 * link to an earlier post in one post of four, 0-4 comments (some replies, some spam), 3% drafts
 * and 1% in the trash. All text is composed here from the pools below.
 */

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

public class GenerateWxr {

    static final String HOST = "bench.example.com";
    static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final String[] SUBJECTS = {"الحكومة", "وزارة الاقتصاد", "البنك المركزي", "مجلس الوزراء", "الأمم المتحدة",
        "الجامعة العربية", "وزير الخارجية", "رئيس الوزراء", "المتحدث الرسمي", "هيئة الإحصاء", "غرفة التجارة", "البرلمان"};
    static final String[] VERBS = {"أعلن", "أكد", "أوضح", "قال", "كشف", "نفى", "أشار", "رجح", "حذر", "توقع"};
    static final String[] OBJECTS = {"ارتفاع معدلات النمو خلال الربع الأخير", "استئناف المفاوضات بين الطرفين",
        "توقيع اتفاقية جديدة للتعاون الاقتصادي", "تراجع أسعار النفط في الأسواق العالمية", "افتتاح مشروع للطاقة الشمسية",
        "زيادة الاستثمارات الأجنبية المباشرة", "خطة لتطوير البنية التحتية في المدن", "إطلاق برنامج لدعم الشباب",
        "انعقاد القمة في موعدها المحدد", "تحسن مؤشرات سوق العمل", "تشديد الرقابة على الأسواق", "تأجيل الانتخابات المحلية"};
    static final String[] PLACES = {"الرياض", "القاهرة", "بيروت", "عمّان", "الدوحة", "تونس", "الرباط", "بغداد", "دمشق",
        "الكويت", "مسقط", "الجزائر", "الخرطوم", "أبوظبي"};
    static final String[] TAILS = {"وفق ما نقلته وسائل إعلام محلية", "في مؤتمر صحفي عقد مساء اليوم",
        "بحسب بيان رسمي صدر صباح اليوم", "في تصريحات للصحفيين", "خلال اجتماع موسع للمسؤولين", "في ختام جولة إقليمية"};
    static final String[] SECTIONS = {"أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "تقنية", "صحة", "منوعات"};

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: java GenerateWxr.java N OUT.xml");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Random random = new Random(0x57585221L);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                    \txmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                    \txmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel>
                    \t<title>موقع القياس</title>
                    \t<link>https://%1$s</link>
                    \t<language>ar</language>
                    \t<wp:wxr_version>1.2</wp:wxr_version>
                    \t<wp:base_site_url>https://%1$s</wp:base_site_url>
                    \t<wp:base_blog_url>https://%1$s</wp:base_blog_url>
                    """.formatted(HOST));
            for (int a = 1; a <= 20; a++) {
                out.write("\t<wp:author><wp:author_id>%d</wp:author_id><wp:author_login><![CDATA[writer%d]]></wp:author_login><wp:author_email><![CDATA[writer%d@%s]]></wp:author_email><wp:author_display_name><![CDATA[الكاتب %d]]></wp:author_display_name></wp:author>\n"
                        .formatted(a, a, a, HOST, a));
            }
            int term = 1;
            for (String top : SECTIONS) {
                out.write(category(term++, top, ""));
                for (int c = 1; c <= 2; c++) {
                    out.write(category(term++, top + " " + c, top));
                }
            }
            for (int t = 1; t <= 600; t++) {
                out.write("\t<wp:tag><wp:term_id>%d</wp:term_id><wp:tag_slug><![CDATA[tag-%d]]></wp:tag_slug><wp:tag_name><![CDATA[وسم %d]]></wp:tag_name></wp:tag>\n"
                        .formatted(1000 + t, t, t));
            }
            LocalDateTime start = LocalDateTime.of(2016, 1, 1, 8, 0);
            long stepMinutes = Math.max(1, 5L * 365 * 24 * 60 / Math.max(1, n));
            for (int i = 1; i <= n; i++) {
                LocalDateTime local = start.plusMinutes(stepMinutes * i);
                out.write(post(random, i, local));
            }
            out.write("</channel>\n</rss>\n");
        }
    }

    static String category(int id, String name, String parent) {
        return "\t<wp:category><wp:term_id>%d</wp:term_id><wp:category_nicename><![CDATA[%s]]></wp:category_nicename><wp:category_parent><![CDATA[%s]]></wp:category_parent><wp:cat_name><![CDATA[%s]]></wp:cat_name></wp:category>\n"
                .formatted(id, nicename(name), parent.isEmpty() ? "" : nicename(parent), name);
    }

    static String nicename(String name) {
        return java.net.URLEncoder.encode(name.replace(' ', '-'), StandardCharsets.UTF_8).toLowerCase();
    }

    static String pick(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    static String sentence(Random random) {
        return pick(random, SUBJECTS) + " في " + pick(random, PLACES) + " " + pick(random, VERBS) + " "
                + pick(random, OBJECTS) + "، " + pick(random, TAILS) + ".";
    }

    static String post(Random random, int id, LocalDateTime local) {
        boolean blocks = random.nextInt(3) != 0;
        int paragraphs = 6 + random.nextInt(5);
        StringBuilder body = new StringBuilder(8192);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 4 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                paragraph.append(s > 0 ? " " : "").append(sentence(random));
            }
            if (p == 2 && id > 1 && random.nextInt(4) == 0) {
                int earlier = 1 + random.nextInt(id - 1);
                paragraph.append(" <a href=\"https://").append(HOST).append("/?p=").append(earlier).append("\">اقرأ أيضاً</a>");
            }
            if (blocks) {
                body.append("<!-- wp:paragraph -->\n<p>").append(paragraph).append("</p>\n<!-- /wp:paragraph -->\n\n");
            } else {
                body.append(paragraph).append("\n\n");
            }
            if (p == 3 && random.nextInt(10) == 0) {
                body.append("[caption id=\"attachment_1\" width=\"600\"]<img src=\"https://").append(HOST)
                        .append("/wp-content/uploads/2019/05/photo.jpg\" alt=\"\"> صورة من الحدث[/caption]\n\n");
            }
            if (p == 4 && random.nextInt(50) == 0) {
                body.append("[poll id=\"3\"]\n\n");
            }
        }
        int roll = random.nextInt(100);
        String status = roll == 0 ? "trash" : roll < 4 ? "draft" : "publish";
        String title = pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " (" + id + ")";
        String slug = nicename("خبر-" + id);
        LocalDateTime gmt = local.minusHours(3);
        String top = pick(random, SECTIONS);
        StringBuilder item = new StringBuilder(body.length() + 2048);
        item.append("\t<item>\n\t\t<title><![CDATA[").append(title).append("]]></title>\n")
                .append("\t\t<link>https://").append(HOST).append('/').append(local.getYear()).append('/')
                .append("%02d".formatted(local.getMonthValue())).append('/').append(slug).append("/</link>\n")
                .append("\t\t<dc:creator><![CDATA[writer").append(1 + random.nextInt(20)).append("]]></dc:creator>\n")
                .append("\t\t<guid isPermaLink=\"false\">https://").append(HOST).append("/?p=").append(id).append("</guid>\n")
                .append("\t\t<description></description>\n")
                .append("\t\t<content:encoded><![CDATA[").append(body).append("]]></content:encoded>\n")
                .append("\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n")
                .append("\t\t<wp:post_id>").append(id).append("</wp:post_id>\n")
                .append("\t\t<wp:post_date><![CDATA[").append(WP.format(local)).append("]]></wp:post_date>\n")
                .append("\t\t<wp:post_date_gmt><![CDATA[").append(status.equals("draft") ? "0000-00-00 00:00:00" : WP.format(gmt))
                .append("]]></wp:post_date_gmt>\n")
                .append("\t\t<wp:post_name><![CDATA[").append(slug).append("]]></wp:post_name>\n")
                .append("\t\t<wp:status><![CDATA[").append(status).append("]]></wp:status>\n")
                .append("\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n")
                .append("\t\t<category domain=\"category\" nicename=\"").append(nicename(top + " 1")).append("\"><![CDATA[")
                .append(top).append(" 1]]></category>\n")
                .append("\t\t<category domain=\"category\" nicename=\"").append(nicename(top)).append("\"><![CDATA[")
                .append(top).append("]]></category>\n");
        int tags = 1 + random.nextInt(4);
        for (int t = 0; t < tags; t++) {
            int tag = 1 + random.nextInt(600);
            item.append("\t\t<category domain=\"post_tag\" nicename=\"tag-").append(tag).append("\"><![CDATA[وسم ")
                    .append(tag).append("]]></category>\n");
        }
        int comments = random.nextInt(5);
        for (int c = 1; c <= comments; c++) {
            int commentId = id * 10 + c;
            item.append("\t\t<wp:comment><wp:comment_id>").append(commentId).append("</wp:comment_id>")
                    .append("<wp:comment_author><![CDATA[قارئ ").append(c).append("]]></wp:comment_author>")
                    .append("<wp:comment_author_email><![CDATA[reader").append(c).append("@example.com]]></wp:comment_author_email>")
                    .append("<wp:comment_author_IP><![CDATA[192.0.2.").append(c).append("]]></wp:comment_author_IP>")
                    .append("<wp:comment_date><![CDATA[").append(WP.format(local.plusHours(c))).append("]]></wp:comment_date>")
                    .append("<wp:comment_date_gmt><![CDATA[").append(WP.format(gmt.plusHours(c))).append("]]></wp:comment_date_gmt>")
                    .append("<wp:comment_content><![CDATA[").append(sentence(random)).append("]]></wp:comment_content>")
                    .append("<wp:comment_approved><![CDATA[").append(random.nextInt(8) == 0 ? "spam" : "1").append("]]></wp:comment_approved>")
                    .append("<wp:comment_type><![CDATA[comment]]></wp:comment_type>")
                    .append("<wp:comment_parent>").append(c > 1 && random.nextBoolean() ? commentId - 1 : 0).append("</wp:comment_parent>")
                    .append("</wp:comment>\n");
        }
        item.append("\t</item>\n");
        return item.toString();
    }
}
