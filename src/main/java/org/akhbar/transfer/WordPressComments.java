package org.akhbar.transfer;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Where a WordPress post's comments ({@code wp:comment}: id, parent, author, e-mail, address, IP,
 * date, text, approved 1 / 0 / spam / trash) become Akhbar's. The reader already hands them over
 * whole; this build has no comment module to store them in, so each is counted as skipped and the
 * report says why once. The import calls this inside the post's transaction, with the article's
 * id, so comments stored here will be as whole as their post.
 */
@Component
class WordPressComments {

    /** What became of one post's comments. */
    record Counts(long created, long updated, long skipped) {
    }

    Counts importFor(String origin, Wxr.Item item, long articleId) {
        return new Counts(0, 0, item.comments().size());
    }

    /** A note for the report about the comments, as a message key taking the number skipped. */
    Optional<String> note(WordPressReport.Tally tally) {
        return tally.skipped() > 0 ? Optional.of("wordpress.comments.not-imported") : Optional.empty();
    }
}
