package org.akhbar.article;

import java.util.Locale;

/** A note appended to a published article: a correction (تصحيح) or an update (تحديث). */
public enum NoteKind {
    CORRECTION, UPDATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static java.util.Optional<NoteKind> parse(String code) {
        for (NoteKind kind : values()) {
            if (kind.code().equals(code)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
