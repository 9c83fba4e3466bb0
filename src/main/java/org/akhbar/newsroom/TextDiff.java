package org.akhbar.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, word by word: the longest common subsequence of their words (and
 * the spaces between them), the rest marked as removed or added. Texts too long for a word-level
 * table are compared line by line instead, so a diff never costs more than a few megabytes.
 */
public final class TextDiff {

    /** Above this many word pairs, compare lines. */
    static final long MAX_CELLS = 4_000_000;
    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");
    private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text that is the same in both, only in the old one, or only in the new one. */
    public record Part(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Part> between(String before, String after) {
        List<String> a = tokens(before, WORDS);
        List<String> b = tokens(after, WORDS);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a = tokens(before, LINES);
            b = tokens(after, LINES);
            if ((long) a.size() * b.size() > MAX_CELLS) {
                return List.of(new Part(Kind.REMOVED, before), new Part(Kind.ADDED, after));
            }
        }
        return diff(a, b);
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Part> parts) {
        return parts.stream().anyMatch(p -> p.kind() != Kind.SAME);
    }

    private static List<String> tokens(String text, Pattern pattern) {
        List<String> tokens = new ArrayList<>();
        Matcher m = pattern.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!m.group().isEmpty()) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }

    private static List<Part> diff(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        // lengths[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lengths = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                append(parts, Kind.SAME, a.get(i++));
                j++;
            } else if (i < n && (j == m || lengths[i + 1][j] >= lengths[i][j + 1])) {
                append(parts, Kind.REMOVED, a.get(i++));   // what went comes before what replaced it
            } else {
                append(parts, Kind.ADDED, b.get(j++));
            }
        }
        return parts;
    }

    /** Adds the token to the last part when it is of the same kind: runs, not single words. */
    private static void append(List<Part> parts, Kind kind, String token) {
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            Part last = parts.removeLast();
            parts.add(new Part(kind, last.text() + token));
        } else {
            parts.add(new Part(kind, token));
        }
    }
}
