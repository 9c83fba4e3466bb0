package org.akhbar.comment;

import java.time.Instant;
import java.util.List;

/**
 * The approved comments under an article as readers see them: oldest first, each with its
 * replies (one level deep), and how many there are in all. {@code html} is the safe HTML of the
 * text (see {@link CommentText}).
 */
public record CommentThread(int count, List<Item> comments) {

    public record Item(long id, String authorName, Instant createdAt, String html, List<Item> replies) {
    }

    public static final CommentThread EMPTY = new CommentThread(0, List.of());

    /** The approved comment with this id, a reply or not. */
    public java.util.Optional<Item> find(long id) {
        return comments.stream().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.replies().stream()))
                .filter(c -> c.id() == id).findFirst();
    }
}
