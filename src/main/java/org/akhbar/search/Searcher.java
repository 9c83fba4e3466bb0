package org.akhbar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.akhbar.text.ArabicNormalizer;
import org.akhbar.text.SpellingEquivalences;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Runs readers' searches on the index: BM25 over title, tags, excerpt and body (title weighted
 * most), every word required (from three words on, all but one in four), each word standing for
 * all its equivalent spellings, quoted phrases matched as phrases; filters by section and publish
 * time; ordered by relevance (newer first among equals) or by date.
 */
@Component
public class Searcher {

    /** Field weights: a word in the title says most about what an article is about. */
    private static final float TITLE_BOOST = 3f;
    private static final float TAGS_BOOST = 2f;
    private static final float EXCERPT_BOOST = 1.5f;
    private static final float BODY_BOOST = 1f;
    private static final String[] FIELDS = {SearchIndex.TITLE, SearchIndex.TAGS, SearchIndex.EXCERPT, SearchIndex.BODY};
    private static final float[] BOOSTS = {TITLE_BOOST, TAGS_BOOST, EXCERPT_BOOST, BODY_BOOST};
    /**
     * Results past this are not paged to (nobody reads them, and deep pages cost the most), and
     * matches past it are not counted.
     */
    public static final int MAX_RESULTS = 1_000;
    /** Longer input is refused: nobody types it, and it would cost a search of a dozen phrases. */
    public static final int MAX_QUERY_LENGTH = ReaderQuery.MAX_LENGTH;

    private final SearchIndex index;
    private final Spellings spellings;

    Searcher(SearchIndex index, Spellings spellings) {
        this.index = index;
        this.spellings = spellings;
    }

    /** One analysed clause of the query: its terms in order, each with its equivalent spellings. */
    private record Analysed(List<Set<String>> positions, List<Integer> gaps, boolean phrase) {
    }

    public SearchResults search(SearchRequest request) {
        ReaderQuery parsed = ReaderQuery.parse(request.text());
        if (request.text() != null && request.text().length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("Query longer than " + MAX_QUERY_LENGTH);
        }
        SpellingEquivalences equivalences = spellings.current();
        List<Analysed> clauses = new ArrayList<>();
        for (ReaderQuery.Clause clause : parsed.clauses()) {
            Analysed analysed = analyse(clause.text(), clause instanceof ReaderQuery.Phrase, equivalences);
            if (!analysed.positions().isEmpty()) {
                clauses.add(analysed);
            }
        }
        if (clauses.isEmpty() || !index.isOpen()) {
            return SearchResults.NONE;
        }
        Query query = filtered(matching(clauses), request);
        Set<String> highlighted = new LinkedHashSet<>();
        clauses.forEach(c -> c.positions().forEach(highlighted::addAll));
        int offset = Math.max(0, Math.min(request.offset(), MAX_RESULTS));
        int wanted = Math.min(offset + request.limit(), MAX_RESULTS);
        return index.withSearcher(searcher -> {
            // Counting stops at MAX_RESULTS: past it Lucene may skip articles that cannot make the page.
            TopDocs top = request.order() == SearchRequest.Order.DATE
                    ? searcher.search(query, new TopFieldCollectorManager(new Sort(
                            new SortField(SearchIndex.PUBLISHED, SortField.Type.LONG, true)), wanted, MAX_RESULTS))
                    : searcher.search(query, new TopFieldCollectorManager(new Sort(SortField.FIELD_SCORE,
                            new SortField(SearchIndex.PUBLISHED, SortField.Type.LONG, true)), wanted, MAX_RESULTS));
            boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            long total = exact ? top.totalHits.value() : MAX_RESULTS;
            List<SearchResults.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                int doc = top.scoreDocs[i].doc;
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                hits.add(hit(stored.document(doc), leaf.reader(), doc - leaf.docBase, highlighted));
            }
            Optional<Integer> next = offset + hits.size() < Math.min(total, MAX_RESULTS) && !hits.isEmpty()
                    ? Optional.of(offset + hits.size()) : Optional.empty();
            Optional<String> suggestion = total == 0 ? suggest(searcher, parsed) : Optional.empty();
            return new SearchResults(total, exact, List.copyOf(hits), next, suggestion);
        });
    }

    private static SearchResults.Hit hit(Document doc, LeafReader leaf, int leafDoc, Set<String> highlighted)
            throws IOException {
        BytesRef body = doc.getBinaryValue(SearchIndex.BODY_TEXT);
        SearchResults.Snippet snippet = body == null || body.length == 0
                ? Snippets.of(doc.get(SearchIndex.EXCERPT), highlighted)
                : Snippets.of(leaf, leafDoc, SearchIndex.BODY, body, highlighted);
        if (snippet.parts().stream().noneMatch(SearchResults.Snippet.Part::highlighted)) {
            // Matched on the title or tags only: the summary says more than the body's first lines.
            String excerpt = doc.get(SearchIndex.EXCERPT);
            if (excerpt != null && !excerpt.isBlank()) {
                snippet = Snippets.of(excerpt, highlighted);
            }
        }
        List<Long> sections = new ArrayList<>();
        for (IndexableField field : doc.getFields(SearchIndex.SECTION)) {
            sections.add(Long.parseLong(field.stringValue()));
        }
        return new SearchResults.Hit(Long.parseLong(doc.get(SearchIndex.ID)), doc.get(SearchIndex.EXTERNAL_ID),
                doc.get(SearchIndex.TITLE), doc.get(SearchIndex.PATH), snippet,
                java.time.Instant.ofEpochMilli(doc.getField(SearchIndex.PUBLISHED).numericValue().longValue()),
                List.copyOf(sections));
    }

    private static Analysed analyse(String text, boolean phrase, SpellingEquivalences equivalences) {
        List<Set<String>> positions = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        try (TokenStream tokens = ArabicAnalyzer.SEARCH.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                positions.add(equivalences.alternatives(term.toString()));
                gaps.add(increment.getPositionIncrement());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A "word" the analyser split (ابن-سينا، covid-19) is searched as the phrase it is.
        return new Analysed(positions, gaps, phrase || positions.size() > 1);
    }

    /** Every clause must match (from three clauses on, all but a quarter of them), in any field. */
    private static Query matching(List<Analysed> clauses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Analysed clause : clauses) {
            all.add(anyField(clause), BooleanClause.Occur.SHOULD);
        }
        int n = clauses.size();
        all.setMinimumNumberShouldMatch(n <= 2 ? n : n - n / 4);
        return all.build();
    }

    private static Query anyField(Analysed clause) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (int f = 0; f < FIELDS.length; f++) {
            fields.add(new BoostQuery(inField(FIELDS[f], clause), BOOSTS[f]), BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }

    private static Query inField(String field, Analysed clause) {
        if (!clause.phrase() || clause.positions().size() == 1) {
            Set<String> spellings = clause.positions().getFirst();
            if (spellings.size() == 1) {
                return new TermQuery(new Term(field, spellings.iterator().next()));
            }
            SynonymQuery.Builder any = new SynonymQuery.Builder(field);
            spellings.forEach(s -> any.addTerm(new Term(field, s)));
            return any.build();
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        int position = -1;
        for (int i = 0; i < clause.positions().size(); i++) {
            position += clause.gaps().get(i);
            phrase.add(clause.positions().get(i).stream().map(s -> new Term(field, s)).toArray(Term[]::new), position);
        }
        return phrase.build();
    }

    private static Query filtered(Query query, SearchRequest request) {
        if (request.sectionId() == null && request.from() == null && request.to() == null) {
            return query;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (request.sectionId() != null) {
            filtered.add(new TermQuery(new Term(SearchIndex.SECTION, Long.toString(request.sectionId()))),
                    BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
            filtered.add(LongPoint.newRangeQuery(SearchIndex.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return filtered.build();
    }

    /**
     * A close spelling that the index knows, word by word, when nothing matched: only words the
     * index has never seen are replaced, each by its most frequent neighbour within two edits.
     */
    private static Optional<String> suggest(IndexSearcher searcher, ReaderQuery query) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        checker.setMinQueryLength(3);
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (ReaderQuery.Clause clause : query.clauses()) {
            for (String word : clause.text().split(" ")) {
                String normalized = ArabicNormalizer.normalize(word);
                SuggestWord[] similar = normalized.length() < 3 ? new SuggestWord[0]
                        : checker.suggestSimilar(new Term(SearchIndex.SPELLING, normalized), 1,
                                searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (similar.length > 0) {
                    words.add(similar[0].string);
                    changed = true;
                } else {
                    words.add(word);
                }
            }
        }
        return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    /** Whether the query holds anything to search for (not only punctuation and function words). */
    public boolean searchable(String text) {
        return ReaderQuery.parse(text).clauses().stream()
                .anyMatch(c -> !analyse(c.text(), false, SpellingEquivalences.NONE).positions().isEmpty());
    }

    /** Whether every published article is in the index (false while it is being built). */
    public boolean complete() {
        return index.isOpen() && index.isComplete();
    }
}
