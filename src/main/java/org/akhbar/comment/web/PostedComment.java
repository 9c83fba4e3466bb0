package org.akhbar.comment.web;

/**
 * The comment form as posted. {@code website} is the honeypot: a field hidden from people, which
 * only robots fill in. {@code parent} is text, so that anything a robot puts there is a clear 400.
 */
public record PostedComment(String name, String email, String text, String parent, String token, String website) {
}
