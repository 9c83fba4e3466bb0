package org.akhbar.article;

import static org.akhbar.schema.Tables.RELATED_ARTICLE;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The stored "مقالات ذات صلة" of each article, best first, as search last ranked them. */
@Repository
public class RelatedArticleRepository {

    private final DSLContext db;

    RelatedArticleRepository(DSLContext db) {
        this.db = db;
    }

    public List<Long> find(long articleId) {
        return db.select(RELATED_ARTICLE.RELATED_ID).from(RELATED_ARTICLE)
                .where(RELATED_ARTICLE.ARTICLE_ID.eq(articleId))
                .orderBy(RELATED_ARTICLE.POSITION)
                .fetch(RELATED_ARTICLE.RELATED_ID);
    }

    /** Replaces the list unless it is the same already; returns whether anything was written. */
    boolean replace(long articleId, List<Long> relatedIds) {
        if (find(articleId).equals(relatedIds)) {
            return false;
        }
        db.deleteFrom(RELATED_ARTICLE).where(RELATED_ARTICLE.ARTICLE_ID.eq(articleId)).execute();
        if (!relatedIds.isEmpty()) {
            var insert = db.insertInto(RELATED_ARTICLE, RELATED_ARTICLE.ARTICLE_ID, RELATED_ARTICLE.POSITION,
                    RELATED_ARTICLE.RELATED_ID);
            for (int i = 0; i < relatedIds.size(); i++) {
                insert = insert.values(articleId, i, relatedIds.get(i));
            }
            insert.execute();
        }
        return true;
    }
}
