package org.akhbar.article;

import java.util.Locale;

/** Where an article stands. A published article is public once its publish time has come. */
public enum ArticleStatus {
    DRAFT, PUBLISHED;

    /** The value stored in the database and used in import files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
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
