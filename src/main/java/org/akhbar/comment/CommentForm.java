package org.akhbar.comment;

/**
 * The comment form as shown (empty, or as the reader typed it when it comes back with a problem).
 * {@code token} is the signed time the form was shown (see {@link FormTokens}); {@code parent} the
 * comment answered (null: none).
 */
public record CommentForm(String name, String email, String text, Long parent, String token) {

    public static CommentForm empty(String token) {
        return new CommentForm("", "", "", null, token);
    }
}
