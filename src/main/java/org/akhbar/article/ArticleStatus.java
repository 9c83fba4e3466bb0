package org.akhbar.article;

import java.util.Locale;

/**
 * Where an article stands in the newsroom's workflow: a draft, handed over for review, scheduled for
 * a later time, published (public once its publish time has come), or unpublished (gone from the
 * site, kept in the newsroom).
 */
public enum ArticleStatus {
    DRAFT, REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED;

    /** The value stored in the database and used in import files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the article takes its place in lists at its publish time (now or to come). */
    public boolean listed() {
        return this == PUBLISHED || this == SCHEDULED;
    }

    public static ArticleStatus fromCode(String code) {
        for (ArticleStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown article status: " + code);
    }
}
