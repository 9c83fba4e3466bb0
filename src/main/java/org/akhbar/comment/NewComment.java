package org.akhbar.comment;

/**
 * A comment as a reader sends it. {@code parentId}: the comment answered (null: none);
 * {@code token}: the form's signed time; {@code honeypot}: the field people never see, which only
 * robots fill in; {@code address}: where the post came from, used for the rate limit and never stored.
 */
public record NewComment(long articleId, Long parentId, String name, String email, String text, String token,
        String honeypot, String address) {
}
