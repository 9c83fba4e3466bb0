package org.akhbar.newsroom.web;

import java.util.List;

import org.akhbar.newsroom.TextDiff;

/** One field's changes in a revision; {@code parts} is empty when the field did not change. */
public record FieldDiff(String labelKey, List<TextDiff.Part> parts) {
}
