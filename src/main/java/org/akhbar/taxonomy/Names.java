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
            if (name == null) {
                continue;
            }
            String trimmed = name.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty()) {
                cleaned.add(trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed);
            }
        }
        return List.copyOf(cleaned);
    }
}
