package org.akhbar.taxonomy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Cleans user-supplied section and tag names: trimmed, inner whitespace collapsed, no blanks, no repeats. */
final class Names {

    static final int MAX_LENGTH = 100;

    private Names() {
    }

    static List<String> clean(List<String> names) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String name : names) {
            String trimmed = normalise(name);
            if (!trimmed.isEmpty()) {
                cleaned.add(trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed);
            }
        }
        return List.copyOf(cleaned);
    }

    /** Trimmed, inner whitespace collapsed: two spellings that differ only in spaces are one name. */
    static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
