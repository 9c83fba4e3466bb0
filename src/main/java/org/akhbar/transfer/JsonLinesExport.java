package org.akhbar.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.akhbar.article.Article;
import org.akhbar.article.ArticleHtml;
import org.akhbar.article.ArticleRepository;
import org.springframework.stereotype.Service;

/**
 * Writes every article, of any status, as JSON Lines in id order, a batch at a time. An article
 * without an external id is given {@code akhbar-ID}, so embeds between articles survive an import
 * into another site.
 */
@Service
public class JsonLinesExport {

    private static final int BATCH = 500;

    private final ArticleRepository articles;

    JsonLinesExport(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Returns how many articles were written. */
    public long run(Writer out) throws IOException {
        long written = 0;
        long after = 0;
        List<Article> batch;
        while (!(batch = articles.findAfter(after, BATCH)).isEmpty()) {
            for (Article article : batch) {
                Set<Long> embedded = ArticleHtml.embeddedIds(article.bodyHtml());
                Map<Long, String> externalIds = embedded.isEmpty() ? Map.of() : articles.findExternalIds(embedded);
                String body = ArticleHtml.withExternalIds(article.bodyHtml(),
                        id -> Optional.of(externalIds.getOrDefault(id, generatedExternalId(id))));
                String externalId = article.externalId() != null ? article.externalId() : generatedExternalId(article.id());
                out.write(ArticleLines.write(article, externalId, body));
                out.write('\n');
                written++;
            }
            after = batch.getLast().id();
        }
        out.flush();
        return written;
    }

    private static String generatedExternalId(long id) {
        return "akhbar-" + id;
    }
}
