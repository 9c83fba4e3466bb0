package org.akhbar.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spellings a site treats as one word: transliterated names written several ways (فاغنر / فاجنر،
 * غوغل / جوجل), kept by the newsroom as lines of words. No rule can derive these, and a wrong rule
 * would merge real words, so they are a list and apply only when a reader searches: the query asks
 * for every spelling of its group.
 *
 * <p>Groups are compared by their search terms ({@link SearchTerms}), so a group written فاغنر also
 * catches فاغنر's prefixed and suffixed forms. Groups sharing a spelling are merged.
 */
public final class SpellingEquivalences {

    /** Separates the spellings of one line: spaces, commas (Arabic or Latin), slashes, semicolons. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,،/;؛]+");

    public static final SpellingEquivalences NONE = new SpellingEquivalences(Map.of());

    private final Map<String, Set<String>> groupOf;

    private SpellingEquivalences(Map<String, Set<String>> groupOf) {
        this.groupOf = groupOf;
    }

    /** The spellings written on one line, in order, without repeats or blanks. */
    public static List<String> spellings(String line) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(line.strip())) {
            if (!word.isBlank() && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Equivalences from lines of spellings; a line with fewer than two searchable words is ignored. */
    public static SpellingEquivalences of(Collection<String> lines) {
        Map<String, Set<String>> groupOf = new HashMap<>();
        for (String line : lines) {
            Set<String> terms = new LinkedHashSet<>();
            for (String word : spellings(line)) {
                String term = SearchTerms.term(word);
                if (term != null) {
                    terms.add(term);
                }
            }
            if (terms.size() < 2) {
                continue;
            }
            Set<String> merged = new LinkedHashSet<>(terms);
            for (String term : terms) {
                Set<String> existing = groupOf.get(term);
                if (existing != null) {
                    merged.addAll(existing);
                }
            }
            Set<String> group = Set.copyOf(merged);
            group.forEach(term -> groupOf.put(term, group));
        }
        return new SpellingEquivalences(Map.copyOf(groupOf));
    }

    /** Every search term equivalent to {@code term}, itself included. */
    public Set<String> alternatives(String term) {
        return groupOf.getOrDefault(term, Set.of(term));
    }

    public boolean isEmpty() {
        return groupOf.isEmpty();
    }
}
