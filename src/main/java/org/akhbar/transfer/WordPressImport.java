package org.akhbar.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.akhbar.article.ArticleInput;
import org.akhbar.article.ArticleService;
import org.akhbar.article.ArticleStatus;
import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaService;
import org.akhbar.people.Account;
import org.akhbar.people.AccountRepository;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.people.AuthorRepository;
import org.akhbar.people.Role;
import org.akhbar.platform.DatabaseStatistics;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.site.MessageBundles;
import org.akhbar.site.Messages;
import org.akhbar.site.SiteProperties;
import org.akhbar.taxonomy.Section;
import org.akhbar.taxonomy.SectionRepository;
import org.akhbar.taxonomy.Tag;
import org.akhbar.taxonomy.TagRepository;
import org.akhbar.transfer.WordPressReport.Tally;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export (WXR), streaming, in passes over the file:
 * <ol>
 * <li>read it all, writing nothing: a malformed or hostile file stops here, having changed nothing;
 *     the channel's authors, categories and tags are kept (they are few);</li>
 * <li>authors (contributor accounts that cannot sign in until an administrator sets a password),
 *     sections with their hierarchy, tags, and their old archive addresses, in one transaction;</li>
 * <li>attachments from the media folder, each with its record of origin in one transaction;</li>
 * <li>posts: one thread reads them, two convert and check them (the CPU-heavy part) and this one
 *     writes them in file order, a batch per transaction through the article and comment modules'
 *     bulk saves, each with its sections, tags, featured image, old addresses and comments; a post
 *     the article module refuses is skipped alone, a batch that fails otherwise is redone one post
 *     per transaction, and a killed import leaves only whole batches;</li>
 * <li>links between posts that pointed at posts further down the file, pointed at their new
 *     addresses.</li>
 * </ol>
 * Everything is found again by its WordPress id on a re-run, which updates instead of adding.
 */
@Service
public class WordPressImport {

    /** Where a run is, reported every few seconds. */
    public record Progress(String pass, long items, long articles, long skipped, Duration elapsed) {
    }

    static final String AUTHORS = "authors";
    static final String SECTIONS = "sections";
    static final String TAGS = "tags";
    static final String ATTACHMENTS = "attachments";
    static final String ARTICLES = "articles";
    static final String COMMENTS = "comments";
    static final String OTHER = "other items";

    private static final int BATCH = 250;
    /** Threads converting posts while one writes: the writer and they share the machine's cores. */
    private static final int WORKERS = 2;
    /** Posts read and not yet written, at most: what bounds the memory a run takes. */
    private static final int IN_FLIGHT = 2 * BATCH;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d+x\\d+(?=\\.[A-Za-z0-9]+$)");
    private static final String UPLOADS = "/wp-content/uploads/";

    private final ArticleService articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AccountService accountService;
    private final AccountRepository accounts;
    private final AuthorRepository authors;
    private final MediaService media;
    private final RedirectRepository redirects;
    private final ImportOriginRepository origins;
    private final WordPressComments comments;
    private final TransactionTemplate transaction;
    private final DatabaseStatistics statistics;
    private final MessageBundles messages;
    private final ZoneId zone;
    private final Clock clock;

    WordPressImport(ArticleService articles, SectionRepository sections, TagRepository tags,
            AccountService accountService, AccountRepository accounts, AuthorRepository authors, MediaService media,
            RedirectRepository redirects, ImportOriginRepository origins, WordPressComments comments,
            PlatformTransactionManager transactions, DatabaseStatistics statistics, MessageBundles messages,
            SiteProperties site, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.accountService = accountService;
        this.accounts = accounts;
        this.authors = authors;
        this.media = media;
        this.redirects = redirects;
        this.origins = origins;
        this.comments = comments;
        this.transaction = new TransactionTemplate(transactions);
        this.statistics = statistics;
        this.messages = messages;
        this.zone = site.zone();
        this.clock = clock;
    }

    /** A source of the export, opened once per pass. */
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Runs the import. {@code mediaFolder} is the copied {@code wp-content/uploads} (null: no
     * attachments are imported).
     *
     * @throws WxrException when the file is malformed or refused; nothing was written then
     */
    public WordPressReport run(Source source, Path mediaFolder, Locale locale, Consumer<Progress> progress)
            throws IOException, WxrException {
        Run run = new Run(messages.forLocale(locale), progress, mediaFolder == null ? null : new MediaFolder(mediaFolder));
        run.scan(source);
        run.terms();
        if (run.folder != null) {
            run.attachments(source);
        }
        run.posts(source);
        run.relink();
        articles.resolvePendingEmbeds();
        statistics.refresh();
        return run.report();
    }

    /**
     * The reading stage of the posts pass: reads the items in file order, starts each one's
     * conversion and queues it, waiting while the writer is {@link #IN_FLIGHT} items behind; ends
     * the queue with {@link #end}, also when the file cannot be read, which the writer then
     * {@linkplain #rethrow() learns}.
     */
    private static final class PostReader<T> implements Runnable {

        /** Marks the end of the queue. */
        final Future<T> end = CompletableFuture.completedFuture(null);
        final AtomicLong items = new AtomicLong();
        private final Source source;
        private final Function<Wxr.Item, Future<T>> start;
        private final BlockingQueue<Future<T>> queue;
        private volatile Exception failure;

        PostReader(Source source, Function<Wxr.Item, Future<T>> start, BlockingQueue<Future<T>> queue) {
            this.source = source;
            this.start = start;
            this.queue = queue;
        }

        @Override
        public void run() {
            try (InputStream in = source.open(); WxrReader reader = new WxrReader(in)) {
                Wxr.Entry entry;
                while ((entry = reader.next()) != null) {
                    if (entry instanceof Wxr.Item item) {
                        items.incrementAndGet();
                        queue.put(start.apply(item));
                    }
                }
            } catch (InterruptedException stopped) {
                return; // the writer stopped first and no longer reads the queue
            } catch (IOException | WxrException | RuntimeException e) {
                failure = e;
            }
            try {
                queue.put(end);
            } catch (InterruptedException stopped) {
                // the writer stopped first
            }
        }

        /** The reason the file could not be read to its end, thrown in the writer's thread. */
        void rethrow() throws IOException, WxrException {
            switch (failure) {
                case null -> {
                }
                case IOException e -> throw e;
                case WxrException e -> throw e;
                case RuntimeException e -> throw e;
                default -> throw new IllegalStateException(failure);
            }
        }
    }

    /** The state of one run: what the channel said, counts, skips. */
    private final class Run {

        private final Messages text;
        private final Consumer<Progress> progress;
        private final MediaFolder folder;
        private final Instant start = clock.instant();
        private Instant nextReport;
        private final Map<String, Tally> tallies = new LinkedHashMap<>();
        private final List<ImportReport.Skip> skipped = new ArrayList<>();
        private final Map<String, Integer> shortcodes = new TreeMap<>();
        private final List<Long> toRelink = new ArrayList<>();
        private Wxr.Site site;
        private String origin;
        private OldAddresses old;
        private final List<Wxr.Author> authorList = new ArrayList<>();
        private final List<Wxr.Category> categoryList = new ArrayList<>();
        private final List<Wxr.Tag> tagList = new ArrayList<>();
        /** WordPress login to byline name. */
        private final Map<String, String> bylines = new HashMap<>();
        private ZoneOffset offset;
        private long items;

        Run(Messages text, Consumer<Progress> progress, MediaFolder folder) {
            this.text = text;
            this.progress = progress;
            this.folder = folder;
            this.nextReport = start.plus(PROGRESS_EVERY);
        }

        // ---- pass 1: read everything, write nothing ---------------------------------------------

        void scan(Source source) throws IOException, WxrException {
            try (InputStream in = source.open(); WxrReader reader = WxrReader.skimming(in)) {
                Wxr.Entry entry;
                while ((entry = reader.next()) != null) {
                    switch (entry) {
                        case Wxr.Site s -> {
                            site = s;
                            origin = WordPressMapping.origin(s);
                            old = new OldAddresses(WordPressMapping.siteUrl(s));
                        }
                        case Wxr.Author a -> authorList.add(a);
                        case Wxr.Category c -> categoryList.add(c);
                        case Wxr.Tag t -> tagList.add(t);
                        case Wxr.Item item -> {
                            items++;
                            if (offset == null) {
                                offset = WordPressMapping.offsetOf(item).orElse(null);
                            }
                        }
                    }
                    report("scan", items);
                }
            }
            if (site == null || (site.link().isBlank() && site.baseSiteUrl().isBlank() && site.baseBlogUrl().isBlank())) {
                throw new WxrException(1, "Not a WordPress export: the channel has no <link> nor <wp:base_site_url>");
            }
        }

        // ---- pass 2: authors, sections, tags ----------------------------------------------------

        void terms() {
            for (Wxr.Author author : authorList) {
                String name = author.displayName().isBlank() ? author.login() : author.displayName();
                bylines.put(author.login(), name.strip());
            }
            for (Wxr.Author author : authorList) {
                author(author);
            }
            transaction.executeWithoutResult(status -> {
                Map<String, Long> byNicename = new HashMap<>();
                for (Wxr.Category category : categoryList) {
                    String name = category.name().isBlank() ? WordPressMapping.slug(category.nicename()) : category.name();
                    if (name == null || name.isBlank()) {
                        skip(category.line(), SECTIONS, "wordpress.skip.no-name", category.nicename());
                        continue;
                    }
                    Section section = sections.ensure(List.of(name)).getFirst();
                    count(SECTIONS, origins.find(origin, "category", category.nicename()).isEmpty());
                    origins.remember(origin, "category", category.nicename(), section.id(), clock.instant());
                    byNicename.put(category.nicename(), section.id());
                }
                Map<String, String> parentOf = new HashMap<>();
                for (Wxr.Category category : categoryList) {
                    parentOf.put(category.nicename(), category.parent());
                }
                for (Wxr.Category category : categoryList) {
                    Long id = byNicename.get(category.nicename());
                    if (id == null) {
                        continue;
                    }
                    Long parent = category.parent().isBlank() ? null : byNicename.get(category.parent());
                    sections.setParent(id, parent != null && parent.longValue() != id ? parent : null);
                    Section section = sections.findById(id).orElseThrow();
                    redirect("/category/" + categoryPath(category.nicename(), parentOf), section.path());
                    redirect("/category/" + WordPressMapping.slug(category.nicename()), section.path());
                    if (!category.termId().isBlank()) {
                        redirect("/?cat=" + category.termId(), section.path());
                    }
                }
                // Tags are many (hundreds, thousands): looked up, made and remembered all at once.
                Map<Wxr.Tag, String> names = new LinkedHashMap<>();
                for (Wxr.Tag wpTag : tagList) {
                    String name = wpTag.name().isBlank() ? WordPressMapping.slug(wpTag.slug()) : wpTag.name();
                    if (name == null || name.isBlank()) {
                        skip(wpTag.line(), TAGS, "wordpress.skip.no-name", wpTag.slug());
                        continue;
                    }
                    names.put(wpTag, name);
                }
                Map<String, Tag> tagByName = tags.ensureByName(names.values());
                Map<String, Long> known = origins.findAll(origin, "tag");
                Map<String, Long> remembered = new LinkedHashMap<>();
                Map<String, String> addresses = new LinkedHashMap<>();
                names.forEach((wpTag, name) -> {
                    Tag tag = tagByName.get(name);
                    count(TAGS, !known.containsKey(wpTag.slug()) && !remembered.containsKey(wpTag.slug()));
                    remembered.put(wpTag.slug(), tag.id());
                    redirectKey("/tag/" + WordPressMapping.slug(wpTag.slug())).ifPresent(key -> addresses.put(key, tag.path()));
                    redirectKey("/?tag=" + WordPressMapping.slug(wpTag.slug())).ifPresent(key -> addresses.put(key, tag.path()));
                });
                origins.rememberAll(origin, "tag", remembered, clock.instant());
                redirects.putAll(addresses, clock.instant());
            });
        }

        private String categoryPath(String nicename, Map<String, String> parentOf) {
            List<String> parts = new ArrayList<>();
            String at = nicename;
            for (int depth = 0; at != null && !at.isBlank() && depth < 20; depth++) {
                parts.addFirst(WordPressMapping.slug(at));
                at = parentOf.get(at);
            }
            return String.join("/", parts);
        }

        /**
         * A contributor account for a WordPress author, found again by login on a re-run; with its
         * record of origin and old addresses in one transaction.
         */
        private void author(Wxr.Author author) {
            String login = author.login().strip();
            if (login.isEmpty()) {
                skip(author.line(), AUTHORS, "wordpress.skip.no-login");
                return;
            }
            String email = author.email().isBlank() ? null : author.email().strip();
            boolean created;
            try {
                created = transaction.execute(status -> author(author, login, email));
            } catch (InvalidInputException refused) {
                // An address the newsroom would not accept: the account is still worth having.
                created = transaction.execute(status -> author(author, login, null));
            }
            count(AUTHORS, created);
        }

        private boolean author(Wxr.Author author, String login, String email) {
            Optional<Long> known = origins.find(origin, "author", login);
            Optional<Account> account = known.flatMap(accounts::findById)
                    .or(() -> accounts.findByUsername(WordPressMapping.username(login, author.id())));
            Account found = account.orElseGet(() -> createAccount(author, login, email));
            origins.remember(origin, "author", login, found.id(), clock.instant());
            authors.findById(found.authorId()).ifPresent(byline -> {
                bylines.put(login, byline.name());
                redirect("/author/" + login.toLowerCase(Locale.ROOT), byline.path());
                if (!author.id().isBlank()) {
                    redirect("/?author=" + author.id().strip(), byline.path());
                }
            });
            return known.isEmpty();
        }

        private Account createAccount(Wxr.Author author, String login, String email) {
            String name = bylines.getOrDefault(login, login);
            // No password: the account cannot sign in until an administrator sets one.
            return accountService.createWithoutPassword(new NewAccount(WordPressMapping.username(login, author.id()),
                    name, email, null, Role.CONTRIBUTOR));
        }

        // ---- pass 3: attachments ------------------------------------------------------------------

        void attachments(Source source) throws IOException, WxrException {
            long seen = 0;
            try (InputStream in = source.open(); WxrReader reader = WxrReader.skimming(in)) {
                Wxr.Entry entry;
                while ((entry = reader.next()) != null) {
                    if (entry instanceof Wxr.Item item && item.postType().equals("attachment")) {
                        attachment(item);
                    }
                    if (entry instanceof Wxr.Item) {
                        report("attachments", ++seen);
                    }
                }
            }
        }

        private void attachment(Wxr.Item item) {
            if (origins.find(origin, "attachment", item.id()).isPresent()) {
                count(ATTACHMENTS, false);
                return;
            }
            String relative = attachedFile(item);
            MediaFolder.Result found = folder.resolve(relative);
            if (found.file().isEmpty()) {
                skip(item.line(), ATTACHMENTS, found.refusal().messageKey(), item.id(), relative == null ? "" : relative);
                return;
            }
            Path file = found.file().get();
            String alt = item.meta("_wp_attachment_image_alt");
            String caption = item.excerpt().isBlank() ? null : Jsoup.parse(item.excerpt()).text();
            try (InputStream content = Files.newInputStream(file)) {
                transaction.executeWithoutResult(status -> {
                    MediaImage image = media.upload(file.getFileName().toString(), content, alt, caption, null, null);
                    origins.remember(origin, "attachment", item.id(), image.id(), clock.instant());
                    origins.remember(origin, "upload", relative, image.id(), clock.instant());
                });
                count(ATTACHMENTS, true);
            } catch (InvalidInputException refused) {
                skip(item.line(), ATTACHMENTS, "wordpress.skip.attachment", item.id(), relative,
                        reason(refused));
            } catch (IOException | RuntimeException failed) {
                skip(item.line(), ATTACHMENTS, "wordpress.skip.attachment", item.id(), relative, failed.getMessage());
            }
        }

        private String attachedFile(Wxr.Item item) {
            String attached = item.meta("_wp_attached_file");
            if (attached != null && !attached.isBlank()) {
                return attached.strip();
            }
            int at = item.attachmentUrl().indexOf(UPLOADS);
            return at < 0 ? null : WordPressMapping.slug(item.attachmentUrl().substring(at + UPLOADS.length()));
        }

        // ---- pass 4: posts --------------------------------------------------------------------------

        /**
         * What became of one item before writing: a post converted and checked, ready to write, or
         * left out with a reason. Made on a worker thread; applied to the run in file order.
         */
        private record Prepared(Wxr.Item item, ArticleService.Checked article, WordPressComments.Prepared comments,
                boolean unresolvedLinks, Set<String> shortcodes, List<Object[]> skip) {

            static Prepared skipped(Wxr.Item item, Object... skip) {
                return new Prepared(item, null, null, false, Set.of(), List.<Object[]>of(skip));
            }
        }

        /**
         * Posts flow through three stages at once: a reading thread hands each item to a small pool
         * that converts it (content, sanitising, excerpt: the CPU-heavy part), and this thread
         * writes them in batches, in file order. At most {@link #IN_FLIGHT} items are held at
         * once, so memory stays flat whatever the size of the file.
         */
        void posts(Source source) throws IOException, WxrException {
            WordPressContent.Resolver resolver = resolver();
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().name("wordpress-convert-", 1)
                    .daemon(true).factory());
            BlockingQueue<Future<Prepared>> inFlight = new ArrayBlockingQueue<>(IN_FLIGHT);
            PostReader<Prepared> read = new PostReader<>(source, item -> pool.submit(() -> prepare(item, resolver)), inFlight);
            Thread reader = Thread.ofPlatform().name("wordpress-read").daemon(true).start(read);
            List<Prepared> batch = new ArrayList<>(BATCH);
            try {
                for (Future<Prepared> next = inFlight.take(); next != read.end; next = inFlight.take()) {
                    take(next, batch);
                    report("posts", read.items.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } finally {
                // no thread of the import outlives it
                reader.interrupt();
                inFlight.forEach(f -> f.cancel(true));
                pool.shutdownNow();
                try {
                    reader.join();
                    pool.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            read.rethrow();
            write(batch);
        }

        /** Applies one converted item to the run, and writes the batch when it is full. */
        private void take(Future<Prepared> future, List<Prepared> batch) {
            Prepared prepared;
            try {
                prepared = future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            for (Object[] skip : prepared.skip()) {
                skip(prepared.item().line(), (String) skip[0], (String) skip[1], Arrays.copyOfRange(skip, 2, skip.length));
            }
            if (prepared.article() == null) {
                if (prepared.comments() == null && !prepared.skip().isEmpty() && ARTICLES.equals(prepared.skip().getFirst()[0])) {
                    skipComments(prepared.item());
                }
                return;
            }
            prepared.shortcodes().forEach(name -> shortcodes.merge(name, 1, Integer::sum));
            batch.add(prepared);
            if (batch.size() == BATCH) {
                write(batch);
                batch.clear();
            }
        }

        /** Converts and checks one item; reads the database but writes nothing, so any thread may. */
        private Prepared prepare(Wxr.Item item, WordPressContent.Resolver resolver) {
            switch (item.postType()) {
                case "post" -> {
                }
                case "attachment" -> {
                    return folder == null ? Prepared.skipped(item, ATTACHMENTS, "wordpress.skip.no-media-dir", item.id())
                            : new Prepared(item, null, null, false, Set.of(), List.of());
                }
                default -> {
                    return Prepared.skipped(item, OTHER, "wordpress.skip.post-type", item.id(), item.postType());
                }
            }
            Optional<ArticleStatus> status = WordPressMapping.status(item);
            if (status.isEmpty()) {
                return Prepared.skipped(item, ARTICLES, "wordpress.skip.status", item.id(), item.status());
            }
            WordPressContent.Converted converted = WordPressContent.convert(item.content(), resolver);
            Long featured = Optional.ofNullable(item.meta("_thumbnail_id"))
                    .flatMap(id -> origins.find(origin, "attachment", id.strip())).orElse(null);
            String creator = item.creator().strip();
            String byline = creator.isEmpty() ? null : bylines.getOrDefault(creator, creator);
            ArticleInput input = new ArticleInput(WordPressMapping.externalId(origin, item), item.title(),
                    WordPressMapping.slug(item.postName()), null, WordPressMapping.excerpt(item.excerpt(), 1000),
                    converted.html(), WordPressMapping.terms(item, "category", 10),
                    WordPressMapping.terms(item, "post_tag", 30), byline,
                    WordPressMapping.publishedAt(item, offset, zone), status.get(), featured,
                    WordPressMapping.commentsOpen(item));
            return new Prepared(item, articles.check(input), WordPressComments.prepare(origin, item, offset, zone),
                    converted.unresolvedLinks(), converted.unknownShortcodes(), List.of());
        }

        /** What one post's writing did, counted once its transaction has committed. */
        private record Written(boolean created, long articleId, boolean relink, WordPressComments.Counts comments) {
        }

        /** Outcome of one post in a batch: written, or refused with its reason. */
        private record Done(Prepared prepared, Written written, String refusal) {
        }

        /**
         * Writes a batch in one transaction: the articles through the article module (many rows to a
         * statement), their old addresses and their comments. A post the article module refuses is
         * skipped alone; a batch that fails otherwise is redone one post per transaction, so a bad
         * post is skipped alone and a killed import leaves only whole batches.
         */
        private void write(List<Prepared> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<Done> done;
            try {
                done = transaction.execute(status -> writeAll(batch));
            } catch (RuntimeException failed) {
                done = new ArrayList<>();
                for (Prepared prepared : batch) {
                    try {
                        done.addAll(transaction.execute(status -> writeAll(List.of(prepared))));
                    } catch (InvalidInputException invalid) {
                        done.add(new Done(prepared, null, reason(invalid)));
                    } catch (RuntimeException error) {
                        done.add(new Done(prepared, null, String.valueOf(error.getMessage())));
                    }
                }
            }
            for (Done one : done) {
                if (one.written() == null) {
                    skip(one.prepared().item().line(), ARTICLES, "wordpress.skip.post", one.prepared().item().id(),
                            one.refusal());
                    skipComments(one.prepared().item());
                    continue;
                }
                Written written = one.written();
                count(ARTICLES, written.created());
                WordPressComments.Counts c = written.comments();
                tallies.merge(COMMENTS, new Tally(c.created(), c.updated(), c.skipped().size()), Tally::plus);
                c.skipped().forEach(s -> skipped.add(new ImportReport.Skip(s.line(), text.get(s.messageKey(), s.arguments()))));
                if (written.relink()) {
                    toRelink.add(written.articleId());
                }
            }
        }

        private List<Done> writeAll(List<Prepared> batch) {
            List<ArticleService.Outcome> outcomes = articles.saveChecked(batch.stream().map(Prepared::article).toList());
            Map<String, String> addresses = new LinkedHashMap<>();
            List<WordPressComments.ForArticle> withComments = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                ArticleService.Outcome outcome = outcomes.get(i);
                if (!outcome.isSaved()) {
                    continue;
                }
                Wxr.Item item = batch.get(i).item();
                String path = outcome.saved().path();
                old.keyOf(item.link()).ifPresent(key -> addresses.put(key, path));
                if (!item.id().isBlank()) {
                    addresses.put("/?p=" + item.id().strip(), path);
                }
                old.keyOf(item.guid()).filter(key -> !key.equals("/?p=" + item.id().strip()))
                        .ifPresent(key -> addresses.put(key, path));
                withComments.add(new WordPressComments.ForArticle(batch.get(i).comments(), outcome.saved().id()));
            }
            redirects.putAll(addresses, clock.instant());
            List<WordPressComments.Counts> counts = comments.storeAll(withComments);
            List<Done> done = new ArrayList<>(batch.size());
            int at = 0;
            for (int i = 0; i < batch.size(); i++) {
                ArticleService.Outcome outcome = outcomes.get(i);
                Prepared prepared = batch.get(i);
                if (!outcome.isSaved()) {
                    done.add(new Done(prepared, null, reason(outcome.refusal())));
                    continue;
                }
                done.add(new Done(prepared, new Written(outcome.saved().created(), outcome.saved().id(),
                        prepared.unresolvedLinks(), counts.get(at++)), null));
            }
            return done;
        }

        /** The comments of a post that was not imported are not either. */
        private void skipComments(Wxr.Item item) {
            if (!item.comments().isEmpty()) {
                tallies.merge(COMMENTS, new Tally(0, 0, item.comments().size()), Tally::plus);
            }
        }

        // ---- pass 5: links to posts that came later in the file ---------------------------------------

        void relink() {
            WordPressContent.Resolver resolver = resolver();
            for (long id : toRelink) {
                articles.rewriteBody(id, html -> {
                    Document document = Jsoup.parseBodyFragment(html);
                    WordPressContent.links(document, resolver);
                    document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
                    return document.body().html();
                });
            }
        }

        private WordPressContent.Resolver resolver() {
            return new WordPressContent.Resolver() {
                @Override
                public Optional<Long> attachment(String wordpressId) {
                    return origins.find(origin, "attachment", wordpressId);
                }

                @Override
                public Optional<Long> upload(String url) {
                    int at = url == null ? -1 : url.indexOf(UPLOADS);
                    if (at < 0) {
                        return Optional.empty();
                    }
                    String relative = WordPressMapping.slug(url.substring(at + UPLOADS.length()).replaceAll("[?#].*$", ""));
                    return origins.find(origin, "upload", relative)
                            .or(() -> origins.find(origin, "upload", SIZE_SUFFIX.matcher(relative).replaceFirst("")));
                }

                @Override
                public Optional<String> link(String href) {
                    return isOldSite(href) ? old.keyOf(href).flatMap(redirects::findTarget) : Optional.empty();
                }

                @Override
                public boolean isOldSite(String href) {
                    return old.isOldSite(href) && !href.contains("/wp-content/") && !href.contains("/wp-admin/");
                }
            };
        }

        // ---- bookkeeping ------------------------------------------------------------------------------

        private void redirect(String oldPath, String target) {
            redirectKey(oldPath).ifPresent(key -> redirects.put(key, target, clock.instant()));
        }

        private Optional<String> redirectKey(String oldPath) {
            return OldAddresses.key(oldPath.contains("?") ? oldPath.substring(0, oldPath.indexOf('?')) : oldPath,
                    oldPath.contains("?") ? oldPath.substring(oldPath.indexOf('?') + 1) : null);
        }

        private void count(String kind, boolean created) {
            tallies.merge(kind, created ? new Tally(1, 0, 0) : new Tally(0, 1, 0), Tally::plus);
        }

        private void skip(long line, String kind, String messageKey, Object... arguments) {
            tallies.merge(kind, new Tally(0, 0, 1), Tally::plus);
            skipped.add(new ImportReport.Skip(line, text.get(messageKey, arguments)));
        }

        private String reason(InvalidInputException invalid) {
            return String.join(" ", invalid.problems().stream().map(p -> text.get(p.messageKey(), p.arguments())).toList());
        }

        private void report(String pass, long seen) {
            Instant now = clock.instant();
            if (now.isAfter(nextReport)) {
                Tally posts = tallies.getOrDefault(ARTICLES, new Tally(0, 0, 0));
                progress.accept(new Progress(pass, seen, posts.created() + posts.updated(), skipped.size(),
                        Duration.between(start, now)));
                nextReport = now.plus(PROGRESS_EVERY);
            }
        }

        WordPressReport report() {
            return new WordPressReport(Map.copyOf(tallies), List.copyOf(skipped), Map.copyOf(shortcodes),
                    redirects.count(), Duration.between(start, clock.instant()));
        }
    }
}
