package org.akhbar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The passage of a result shown under its title, with the words that matched marked. A match is a
 * word whose analysed form is one of the query's terms, so it is highlighted however it is spelled
 * (والحكومات under الحكومة). The passage is the window of the text holding the most distinct matched
 * terms; with none in the text, its beginning.
 *
 * <p>A result's body costs next to nothing: where the matches are is read from the postings (the
 * body keeps each word's offsets), and of the body's stored UTF-8 only the passage's few hundred
 * characters are decoded. A short text like the excerpt is analysed again here.
 */
final class Snippets {

    static final int LENGTH = 220;
    /** Only this much of a text is analysed here: a snippet must stay cheap at request time. */
    private static final int ANALYSED = 20_000;
    /** Characters decoded beyond the passage on each side, where its first and last words end. */
    private static final int SLACK = 60;

    private Snippets() {
    }

    private record Match(int start, int end, String term) {
    }

    /** Part of a text: its characters from {@code start}; {@code atEnd} when it reaches the text's end. */
    private record Window(String text, int start, boolean atEnd) {
    }

    /** The snippet of a short text, analysed here to find the terms. */
    static SearchResults.Snippet of(String text, Set<String> terms) {
        String analysed = text.length() > ANALYSED ? text.substring(0, ANALYSED) : text;
        return of(new Window(analysed, 0, analysed.length() == text.length()), matches(analysed, terms));
    }

    /**
     * The snippet of the document's {@code field}, whose text is stored as {@code utf8}: the matches
     * are read from the postings' offsets when the field keeps them, otherwise found by analysis.
     */
    static SearchResults.Snippet of(LeafReader leaf, int doc, String field, BytesRef utf8, Set<String> terms)
            throws IOException {
        Terms indexed = leaf.terms(field);
        if (indexed == null || !indexed.hasOffsets()) {
            return of(utf8.utf8ToString(), terms);
        }
        TermsEnum iterator = indexed.iterator();
        List<Match> matches = new ArrayList<>();
        for (String term : terms) {
            if (!iterator.seekExact(new BytesRef(term))) {
                continue;
            }
            PostingsEnum postings = iterator.postings(null, PostingsEnum.OFFSETS);
            if (postings.advance(doc) != doc) {
                continue;
            }
            for (int i = postings.freq(); i > 0; i--) {
                postings.nextPosition();
                matches.add(new Match(postings.startOffset(), postings.endOffset(), term));
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        int anchor = matches.isEmpty() ? 0 : Math.max(0, matches.get(best(matches)).start() - LENGTH / 5);
        return of(window(utf8, Math.max(0, anchor - SLACK), anchor + LENGTH + 2 * SLACK), matches);
    }

    /** The snippet cut from {@code window} around the {@code matches} (offsets in the whole text, in order). */
    private static SearchResults.Snippet of(Window window, List<Match> matches) {
        String text = window.text();
        int shift = window.start();
        if (matches.isEmpty()) {
            String cut = cut(text, 0, LENGTH);
            if (!window.atEnd() && text.length() <= LENGTH) {
                cut += " …";
            }
            return new SearchResults.Snippet(List.of(new SearchResults.Snippet.Part(cut, false)));
        }
        // Start a little before the best match, at a word boundary, so the passage reads as a sentence.
        int from = wordStart(text, Math.max(0, matches.get(best(matches)).start() - LENGTH / 5 - shift));
        int to = wordEnd(text, Math.min(text.length(), from + LENGTH));
        List<SearchResults.Snippet.Part> parts = new ArrayList<>();
        if (shift + from > 0) {
            parts.add(new SearchResults.Snippet.Part("… ", false));
        }
        int at = from;
        for (Match match : matches) {
            int start = match.start() - shift;
            int end = match.end() - shift;
            if (start < from || end > to) {
                continue;
            }
            if (start > at) {
                parts.add(new SearchResults.Snippet.Part(text.substring(at, start), false));
            }
            parts.add(new SearchResults.Snippet.Part(text.substring(start, end), true));
            at = end;
        }
        if (at < to) {
            parts.add(new SearchResults.Snippet.Part(text.substring(at, to), false));
        }
        if (to < text.length() || !window.atEnd()) {
            parts.add(new SearchResults.Snippet.Part(" …", false));
        }
        return new SearchResults.Snippet(List.copyOf(parts));
    }

    /** The match whose passage covers the most distinct terms, then the most matches. */
    private static int best(List<Match> matches) {
        int best = 0;
        int bestDistinct = -1;
        int bestCount = -1;
        for (int i = 0; i < matches.size(); i++) {
            int windowEnd = matches.get(i).start() + LENGTH;
            Set<String> distinct = new HashSet<>();
            int count = 0;
            for (int j = i; j < matches.size() && matches.get(j).end() <= windowEnd; j++) {
                distinct.add(matches.get(j).term());
                count++;
            }
            if (distinct.size() > bestDistinct || (distinct.size() == bestDistinct && count > bestCount)) {
                bestDistinct = distinct.size();
                bestCount = count;
                best = i;
            }
        }
        return best;
    }

    /**
     * Characters {@code from} to {@code to} of a UTF-8 text (fewer at its end), decoded alone: the
     * bytes before are only counted. Offsets count UTF-16 units, as Java's and Lucene's do.
     */
    private static Window window(BytesRef utf8, int from, int to) {
        byte[] bytes = utf8.bytes;
        int end = utf8.offset + utf8.length;
        int at = utf8.offset;
        int chars = 0;
        int start = -1;
        int startChar = 0;
        while (at < end && chars < to) {
            if (start < 0 && chars >= from) {
                start = at;
                startChar = chars;
            }
            int lead = bytes[at] & 0xFF;
            int size = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            chars += size == 4 ? 2 : 1;
            at += size;
        }
        at = Math.min(at, end);
        if (start < 0) {
            start = at;
            startChar = chars;
        }
        return new Window(new String(bytes, start, at - start, StandardCharsets.UTF_8), startChar, at >= end);
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
