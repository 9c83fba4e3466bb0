package org.akhbar.article;

import java.util.Locale;

/**
 * How a revision came about: an editor's save, the editor saving by itself while someone types, a
 * restored older revision, an import, or a move in the workflow (submitted, published …).
 */
public enum RevisionKind {
    SAVE, AUTOSAVE, RESTORE, IMPORT, WORKFLOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RevisionKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
