package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.article.ArticleNote;
import org.akhbar.article.ArticleStatus;
import org.akhbar.article.ArticleWorkflow.Action;
import org.akhbar.media.MediaImage;
import org.akhbar.taxonomy.Section;

/**
 * The editor page's model. {@code id} is null for an article not saved yet; {@code actions} are the
 * buttons this member of staff may press in this state; {@code publicPath} is set when published;
 * {@code previewUrl} is a preview link just made, shown once; {@code featured} the featured image.
 */
public record EditorPage(NewsroomChrome chrome, Long id, ArticleStatus status, ArticleForm form,
        List<Section> sections, List<Action> actions, List<FormProblem> problems, String messageKey,
        int revisionCount, String publicPath, List<ArticleNote> notes, boolean mayCredit, boolean mayAddNote,
        String previewUrl, MediaImage featured) {

    /** Notes show under a saved article that has some, or may get some. */
    public boolean showsNotes() {
        return id != null && (mayAddNote || !notes.isEmpty());
    }

    public boolean problemFor(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
