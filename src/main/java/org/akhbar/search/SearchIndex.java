package org.akhbar.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's Lucene index of published articles: one {@link IndexWriter} for the node's life (Lucene
 * is built for one writer and many readers; a writer per change would cost a lock and a flush each
 * time) and a {@link SearcherManager} handing out searchers that see the last {@link #refresh}.
 *
 * <p>Nothing here is the truth: the database is. The index can be thrown away and rebuilt at will;
 * when it is missing, half-built or unreadable at start, {@link #open} says so and the caller
 * rebuilds it while the site serves pages.
 */
@Component
public class SearchIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    static final String ID = "id";
    /** The id again as a doc value: read per candidate by similarity ranking without loading stored text. */
    static final String ID_VALUE = "id_value";
    static final String EXTERNAL_ID = "external_id";
    static final String TITLE = "title";
    static final String EXCERPT = "excerpt";
    static final String BODY = "body";
    /** The body's text as stored, in UTF-8: a snippet decodes only its own few hundred characters. */
    static final String BODY_TEXT = "body_text";
    static final String TAGS = "tags";
    static final String SECTION = "section";
    static final String PUBLISHED = "published";
    static final String PATH = "path";
    static final String SPELLING = "spelling";

    /** Commit data: set once a full build finished, and how far the change log has been followed. */
    private static final String COMPLETE = "complete";
    private static final String CHANGES_UNTIL = "changes-until";
    /**
     * Commit data: how documents are laid out. An index of another format is rebuilt at start; raise
     * it whenever {@link #document} or the codec changes what is kept or how (2: the body keeps
     * offsets and its text is stored as UTF-8 bytes; stored fields are not compressed).
     */
    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "2";
    private static final Codec CODEC = new SearchCodec();

    /** The search analysis for every field but the spelling dictionary, which is only normalised. */
    static final Analyzer ANALYZER = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return SPELLING.equals(fieldName) ? ArabicAnalyzer.SPELLING : ArabicAnalyzer.SEARCH;
        }
    };

    /**
     * Stored, searched text with term vectors: MoreLikeThis reads an article's terms from them instead
     * of analysing its stored text again for every ranking.
     */
    private static final FieldType TEXT_WITH_VECTORS = textWithVectors(true, false);
    /**
     * The body is searched, not stored (its text is {@link #BODY_TEXT}), and keeps each word's
     * offsets, where snippets find the matched words.
     */
    private static final FieldType BODY_TYPE = textWithVectors(false, true);

    private static FieldType textWithVectors(boolean stored, boolean offsets) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setStoreTermVectors(true);
        if (offsets) {
            type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        }
        type.freeze();
        return type;
    }

    private final Path path;
    private Directory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean complete;

    @Autowired
    SearchIndex(@Value("${akhbar.search.index-dir:${akhbar.data-dir}/index}") Path path) {
        this.path = path;
    }

    /** An index in a directory of the caller's (the evaluation and unit tests use memory). */
    SearchIndex(Directory directory) {
        this.path = null;
        this.directory = directory;
    }

    /**
     * Opens the index, creating it if there is none. Returns whether it must be rebuilt: it was
     * missing, never finished building, or could not be read (then it is started afresh).
     *
     * @throws IndexInUseException when another process (a running site) holds the index
     */
    public synchronized boolean open() {
        if (writer != null) {
            return !complete;
        }
        try {
            if (directory == null) {
                directory = FSDirectory.open(path);
            }
            boolean rebuild;
            try {
                boolean exists = DirectoryReader.indexExists(directory);
                Map<String, String> data = exists ? userData() : Map.of();
                // Another format's fields cannot be mixed with this one's: such an index starts afresh.
                boolean sameFormat = CURRENT_FORMAT.equals(data.get(FORMAT));
                rebuild = !exists || !sameFormat || !"true".equals(data.get(COMPLETE));
                writer = new IndexWriter(directory, config(exists && !sameFormat
                        ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (LockObtainFailedException e) {
                throw new IndexInUseException(path, e);
            } catch (IOException | RuntimeException e) {
                // Unreadable (a crash mid-write, a disk problem): start empty and rebuild from the database.
                log.warn("The search index at {} cannot be read ({}); it will be rebuilt", path, e.toString());
                rebuild = true;
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
                writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            }
            complete = !rebuild;
            searchers = new SearcherManager(writer, null);
            return rebuild;
        } catch (LockObtainFailedException e) {
            throw new IndexInUseException(path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(ANALYZER);
        config.setOpenMode(mode);
        config.setCodec(CODEC);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private Map<String, String> userData() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    public boolean isOpen() {
        return writer != null;
    }

    /** Whether a full build has finished: until then results may be missing. */
    public boolean isComplete() {
        return complete;
    }

    void put(IndexedArticle article) {
        try {
            writer().updateDocument(new Term(ID, Long.toString(article.id())), document(article));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(long id) {
        try {
            writer().deleteDocuments(new Term(ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer().deleteAll();
            complete = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(IndexedArticle article) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_VALUE, article.id()));
        if (article.externalId() != null) {
            doc.add(new StoredField(EXTERNAL_ID, article.externalId()));
        }
        doc.add(new Field(TITLE, article.title(), TEXT_WITH_VECTORS));
        doc.add(new TextField(EXCERPT, article.excerpt(), Field.Store.YES));
        doc.add(new Field(BODY, article.bodyText(), BODY_TYPE));
        doc.add(new StoredField(BODY_TEXT, new BytesRef(article.bodyText())));
        for (String tag : article.tags()) {
            doc.add(new Field(TAGS, tag, TEXT_WITH_VECTORS));
        }
        for (long section : article.sectionIds()) {
            doc.add(new StringField(SECTION, Long.toString(section), Field.Store.YES));
        }
        long published = article.publishedAt().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new StoredField(PUBLISHED, published));
        doc.add(new StoredField(PATH, article.path()));
        doc.add(new TextField(SPELLING, article.title() + "\n" + article.bodyText(), Field.Store.NO));
        return doc;
    }

    /**
     * Makes the changes so far durable, noting the time of the newest change they include (null:
     * unchanged) and, with {@code completed}, that a full build has finished.
     */
    void commit(Instant changesUntil, boolean completed) {
        try {
            Map<String, String> data = new java.util.HashMap<>();
            Iterable<Map.Entry<String, String>> previous = writer().getLiveCommitData();
            if (previous != null) {
                previous.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            data.put(FORMAT, CURRENT_FORMAT);
            if (changesUntil != null) {
                data.put(CHANGES_UNTIL, Long.toString(changesUntil.toEpochMilli()));
            }
            if (completed) {
                data.put(COMPLETE, "true");
            } else if (!complete) {
                data.remove(COMPLETE);
            }
            writer().setLiveCommitData(data.entrySet());
            writer().commit();
            if (completed) {
                complete = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The time of the newest change the last commit includes, if it noted one. */
    Optional<Instant> changesUntil() {
        Iterable<Map.Entry<String, String>> data = writer().getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (CHANGES_UNTIL.equals(entry.getKey())) {
                    return Optional.of(Instant.ofEpochMilli(Long.parseLong(entry.getValue())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Merges the index into one segment. Worth it once, after a full build: a search does some work
     * per segment, and a build leaves one per {@code setRAMBufferSizeMB} of articles (at 100,000
     * articles eight, and searches took about a third more CPU). Later changes add segments that
     * Lucene merges as it goes. Needs as much free disk again as the index takes.
     */
    void compact() {
        try {
            writer().forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets searchers see what was written so far. */
    void refresh() {
        try {
            searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} with a current searcher, released afterwards. */
    <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager manager = searchers();
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private IndexWriter writer() {
        IndexWriter current = writer;
        if (current == null) {
            throw new IllegalStateException("The search index is not open");
        }
        return current;
    }

    private SearcherManager searchers() {
        SearcherManager current = searchers;
        if (current == null) {
            throw new IllegalStateException("The search index is not open");
        }
        return current;
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            log.warn("Closing the search index failed", e);
        } finally {
            searchers = null;
            writer = null;
            directory = null;
        }
    }

    /** Another process holds the index's write lock: a site running on the same data. */
    public static final class IndexInUseException extends RuntimeException {
        IndexInUseException(Path path, Exception cause) {
            super("The search index at " + path + " is in use by another process", cause);
        }
    }
}
