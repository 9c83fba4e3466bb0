/**
 * Reader comments ("اترك تعليقاً"): posting with every spam check (honeypot, signed form time,
 * links, blocklist on normalised Arabic, duplicates, rate limits counted in the database), the
 * thread under an article, moderation (pending, approved, spam, trash), editing, erasure of a
 * commenter's data, and a plain way in for imported comments. Comment text is plain text, turned
 * into safe HTML here and nowhere else. It knows articles only through {@link
 * org.akhbar.comment.CommentTargets}, which the {@code article} module implements, so it sits
 * below {@code article} in the module graph. Its {@code web} sub-package takes readers' posts.
 * May use {@code platform}, {@code text}, {@code site} and, in its repository, {@code schema}.
 */
package org.akhbar.comment;
