package org.akhbar.article;

import static org.akhbar.article.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaService;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.Web;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Photos from the media library in stories: responsive sizes in the body, the featured image with its credit. */
@DatabaseTest
class ArticleImagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MediaService media;

    private MediaImage photo(int width, String caption, String credit) throws IOException {
        BufferedImage image = new BufferedImage(width, width / 2, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return media.upload("صورة.png", png.toByteArray(), "ميناء طرابلس", caption, credit, null);
    }

    @Test
    void aLibraryImageInTheBodyIsWrittenWithItsSizesAndAnUnknownOneIsDropped() throws IOException {
        MediaImage image = photo(1400, "الميناء صباحاً", "تصوير: سارة");
        long id = service.create(article("صور من الميناء").body("<p>قبل</p><figure><img data-media-id=\"" + image.id()
                + "\" src=\"http://elsewhere.example/x.png\" onerror=\"alert(1)\"><figcaption>الميناء<small>تصوير: سارة</small>"
                + "</figcaption></figure><figure><img data-media-id=\"987654321\"></figure><p>بعد</p>").build());
        String body = articles.findById(id).orElseThrow().bodyHtml();
        Element img = Jsoup.parseBodyFragment(body).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo(image.src());
        assertThat(img.attr("srcset")).contains("320w").contains("640w").contains("1024w");
        assertThat(img.attr("width")).isEqualTo("1400");
        assertThat(img.attr("alt")).isEqualTo("ميناء طرابلس");
        assertThat(img.hasAttr("onerror")).isFalse();
        assertThat(body).contains("<small>تصوير: سارة</small>").doesNotContain("987654321").doesNotContain("elsewhere");
    }

    @Test
    void theFeaturedImageLeadsTheStoryWithCaptionAndCredit() throws IOException {
        MediaImage image = photo(800, "اجتماع الحكومة", "تصوير: وكالة الأنباء");
        long id = service.create(new ArticleInput(null, "خبر بصورة", null, null, null, "<p>نص</p>", null, null,
                null, null, ArticleStatus.PUBLISHED, image.id()));
        Document page = Jsoup.parse(new Web(port).get(articles.findById(id).orElseThrow().path()).body());
        Element figure = page.selectFirst("figure.story-image");
        assertThat(figure.selectFirst("img").attr("srcset")).isEqualTo(image.srcset());
        assertThat(figure.selectFirst("figcaption").text()).contains("اجتماع الحكومة").contains("تصوير: وكالة الأنباء");

        assertThatThrownBy(() -> service.create(new ArticleInput(null, "صورة مفقودة", null, null, null, "<p>نص</p>",
                null, null, null, null, ArticleStatus.PUBLISHED, 987654321L)))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.problems().getFirst().messageKey())
                        .isEqualTo("article.error.featured-missing"));
    }
}
