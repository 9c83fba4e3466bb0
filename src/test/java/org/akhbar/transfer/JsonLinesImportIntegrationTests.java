package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleRepository;
import org.akhbar.article.ArticleStatus;
import org.akhbar.taxonomy.Section;
import org.akhbar.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@DatabaseTest
class JsonLinesImportIntegrationTests {

    static final String FIXTURE = "transfer/articles.jsonl";

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    private ImportReport importFixture(Locale locale) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(FIXTURE).getInputStream(), StandardCharsets.UTF_8))) {
            return importer.run(reader, locale, progress -> { });
        }
    }

    private Article byExternalId(String externalId) {
        return articles.findById(articles.findIdByExternalId(externalId).orElseThrow()).orElseThrow();
    }

    @Test
    void badLinesAreSkippedWithTheirLineNumberAndReasonAndGoodOnesSaved() throws IOException {
        ImportReport report = importFixture(Locale.ENGLISH);

        assertThat(report.saved()).isEqualTo(3);
        assertThat(report.skipped()).extracting(ImportReport.Skip::line).containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 11L, 12L, 13L);
        assertThat(report.skipped()).extracting(ImportReport.Skip::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("The line is not valid JSON"),
                r -> assertThat(r).isEqualTo("A title is required."),
                r -> assertThat(r).contains("published_at \"أمس\" is not an ISO-8601 date-time"),
                r -> assertThat(r).isEqualTo("Unknown field \"titel\"."),
                r -> assertThat(r).isEqualTo("Field \"tags\" has the wrong type; expected array of strings."),
                r -> assertThat(r).isEqualTo("Unknown status \"archived\"; use published or draft."),
                r -> assertThat(r).isEqualTo("Unknown body_format \"markdown\"; use html or text."),
                r -> assertThat(r).isEqualTo("Nothing of the body is left once disallowed markup is removed."),
                r -> assertThat(r).isEqualTo("The line is not a JSON object."));
        for (String rejected : List.of("fixture-bad-1", "fixture-bad-2", "fixture-bad-3", "fixture-bad-4",
                "fixture-bad-5", "fixture-bad-6", "fixture-bad-7")) {
            assertThat(articles.findIdByExternalId(rejected)).as(rejected).isEmpty();
        }
    }

    @Test
    void reasonsAreGivenInArabicToo() throws IOException {
        assertThat(importFixture(Locale.forLanguageTag("ar")).skipped().get(1).reason()).isEqualTo("العنوان مطلوب.");
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfDuplicating() throws IOException {
        importFixture(Locale.ENGLISH);
        ImportReport again = importFixture(Locale.ENGLISH);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(3);
    }

    @Test
    void everyFieldArrivesAsWritten() throws IOException {
        importFixture(Locale.ENGLISH);
        Article story = byExternalId("fixture-1");
        Article target = byExternalId("fixture-2");

        assertThat(story.title()).isEqualTo("الحكومة الليبية تصادق على تفعيل الاتفاق الأمني مع تركيا");
        assertThat(story.kicker()).isEqualTo("تطورات ليبيا");
        assertThat(story.excerpt()).isEqualTo("ملخص الخبر.");
        assertThat(story.sections()).extracting(Section::name).containsExactly("الاقتصاد", "رئيسي", "شؤون دولية");
        assertThat(story.author().name()).isEqualTo("سامر الحداد");
        assertThat(story.publishedAt()).hasToString("2026-11-28T18:10:00Z");
        // the embed named an article further down the file: resolved once the import ended
        assertThat(story.bodyHtml()).contains("<aside data-article-id=\"" + target.id() + "\"></aside>");
        assertThat(target.bodyHtml()).isEqualTo("<p>قال الرئيس التركي إن بلاده مستعدة.<br>وأضاف أن القرار بيد طرابلس.</p>"
                + "<p>فقرة ثانية &amp; &lt;b&gt;نص&lt;/b&gt;.</p>");
        assertThat(byExternalId("fixture-3").status()).isEqualTo(ArticleStatus.DRAFT);
    }
}
