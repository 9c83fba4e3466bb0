package org.akhbar.taxonomy;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Cleans user-supplied section and tag names: trimmed, inner whitespace collapsed, no blanks, no repeats. */
final class Names {

    static final int MAX_LENGTH = 100;

    private Names() {
    }

    /**
     * Each of {@code names}, as given, with what {@code ensure} makes of its cleaned form (the
     * cleaned names go to {@code ensure} once each, and it answers in their order). Blank names are
     * left out.
     */
    static <T> Map<String, T> ensureEach(Collection<String> names, Function<List<String>, List<T>> ensure) {
        Map<String, String> cleanedOf = new HashMap<>();
        for (String name : names) {
            List<String> cleaned = clean(Collections.singletonList(name));
            if (!cleaned.isEmpty()) {
                cleanedOf.put(name, cleaned.getFirst());
            }
        }
        List<String> wanted = cleanedOf.values().stream().distinct().toList();
        List<T> found = ensure.apply(wanted);
        Map<String, T> byCleaned = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            byCleaned.put(wanted.get(i), found.get(i));
        }
        Map<String, T> byName = new HashMap<>();
        cleanedOf.forEach((name, cleaned) -> byName.put(name, byCleaned.get(cleaned)));
        return byName;
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
