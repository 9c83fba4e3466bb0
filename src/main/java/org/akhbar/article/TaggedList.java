package org.akhbar.article;

import java.time.Instant;

import org.akhbar.taxonomy.Tag;

/** A tag that has published articles, and when the newest of them came out. */
public record TaggedList(Tag tag, Instant newest) {
}
