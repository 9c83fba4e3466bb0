package org.akhbar.article;

import org.akhbar.people.Role;
import org.akhbar.people.Staff;

/**
 * Who may do what with an article, written once. Editors and administrators may do anything with
 * any article. Authors may edit and publish their own. Contributors may edit their own while it
 * is a draft or in review, and may hand it over for review, but never publish. An article is one's
 * own if one opened it or it carries one's byline.
 */
final class ArticlePermissions {

    private ArticlePermissions() {
    }

    static boolean owns(Staff staff, ArticleRepository.State article) {
        return (article.createdBy() != null && article.createdBy() == staff.id())
                || (article.authorId() != null && article.authorId() == staff.authorId());
    }

    static boolean mayEdit(Staff staff, ArticleRepository.State article) {
        if (staff.atLeast(Role.EDITOR)) {
            return true;
        }
        if (!owns(staff, article)) {
            return false;
        }
        return staff.atLeast(Role.AUTHOR)
                || article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.REVIEW;
    }

    /** Publishing, scheduling and taking off the site. */
    static boolean mayPublish(Staff staff, ArticleRepository.State article) {
        return staff.atLeast(Role.EDITOR) || (staff.atLeast(Role.AUTHOR) && owns(staff, article));
    }

    /** Whether the staff member may choose another byline than their own. */
    static boolean mayCredit(Staff staff) {
        return staff.atLeast(Role.EDITOR);
    }
}
