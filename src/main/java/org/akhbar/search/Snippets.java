package org.akhbar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The passage of a result shown under its title, with the words that matched marked. The text is
 * run through the same analysis as the query, so a match is highlighted however it is spelled
 * (والحكومات under الحكومة). The passage is the window of the text holding the most distinct matched
 * terms; with none in the text, its beginning.
 */
final class Snippets {

    static final int LENGTH = 220;
    /** Only this much of a long article is looked at: a snippet must stay cheap at request time. */
    private static final int SCANNED = 20_000;

    private Snippets() {
    }

    private record Match(int start, int end, String term) {
    }

    static SearchResults.Snippet of(String text, Set<String> terms) {
        String scanned = text.length() > SCANNED ? text.substring(0, SCANNED) : text;
        List<Match> matches = matches(scanned, terms);
        if (matches.isEmpty()) {
            return new SearchResults.Snippet(List.of(new SearchResults.Snippet.Part(cut(scanned, 0, LENGTH), false)));
        }
        // The window starting at a match that covers the most distinct terms, then the most matches.
        int bestStart = 0;
        int bestDistinct = -1;
        int bestCount = -1;
        for (int i = 0; i < matches.size(); i++) {
            int windowEnd = matches.get(i).start() + LENGTH;
            Set<String> distinct = new java.util.HashSet<>();
            int count = 0;
            for (int j = i; j < matches.size() && matches.get(j).end() <= windowEnd; j++) {
                distinct.add(matches.get(j).term());
                count++;
            }
            if (distinct.size() > bestDistinct || (distinct.size() == bestDistinct && count > bestCount)) {
                bestDistinct = distinct.size();
                bestCount = count;
                bestStart = i;
            }
        }
        // Start a little before the first match, at a word boundary, so the passage reads as a sentence.
        int from = wordStart(scanned, Math.max(0, matches.get(bestStart).start() - LENGTH / 5));
        int to = wordEnd(scanned, Math.min(scanned.length(), from + LENGTH));
        List<SearchResults.Snippet.Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new SearchResults.Snippet.Part("… ", false));
        }
        int at = from;
        for (Match match : matches) {
            if (match.start() < from || match.end() > to) {
                continue;
            }
            if (match.start() > at) {
                parts.add(new SearchResults.Snippet.Part(scanned.substring(at, match.start()), false));
            }
            parts.add(new SearchResults.Snippet.Part(scanned.substring(match.start(), match.end()), true));
            at = match.end();
        }
        if (at < to) {
            parts.add(new SearchResults.Snippet.Part(scanned.substring(at, to), false));
        }
        if (to < text.length()) {
            parts.add(new SearchResults.Snippet.Part(" …", false));
        }
        return new SearchResults.Snippet(List.copyOf(parts));
    }

    private static List<Match> matches(String text, Set<String> terms) {
        List<Match> matches = new ArrayList<>();
        if (terms.isEmpty()) {
            return matches;
        }
        try (TokenStream tokens = ArabicAnalyzer.SEARCH.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String t = term.toString();
                if (terms.contains(t)) {
                    matches.add(new Match(offset.startOffset(), offset.endOffset(), t));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }

    private static String cut(String text, int from, int length) {
        if (text.length() <= from + length) {
            return text.substring(from);
        }
        return text.substring(from, wordEnd(text, from + length)) + " …";
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
