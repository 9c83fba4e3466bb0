package org.akhbar.comment;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The articles comments hang on, as the {@code article} module answers for them: the comment
 * module never reads article tables itself, and does not depend on that module.
 */
public interface CommentTargets {

    /** The article if readers can see it now (published, its time come). */
    Optional<CommentTarget> published(long articleId);

    /** The article whatever its status, for the newsroom and for imports. */
    Optional<CommentTarget> any(long articleId);

    /** Which of these articles exist (any status): what a bulk import checks, without loading them. */
    Set<Long> existing(Collection<Long> articleIds);
}
