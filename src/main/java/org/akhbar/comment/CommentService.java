package org.akhbar.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.akhbar.comment.CommentRepository.Row;
import org.akhbar.platform.Change;
import org.akhbar.platform.ChangeLog;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.ForbiddenException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.InvalidInputException.Problem;
import org.akhbar.platform.TooManyRequestsException;
import org.akhbar.site.SiteSettings;
import org.akhbar.site.SiteSettingsService;
import org.akhbar.text.ArabicNormalizer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything that writes comments: a reader's post with every spam and abuse check, the
 * moderators' actions, editing, erasing a commenter's data, and imports. A change readers can see
 * (a comment approved, edited or removed while approved) is appended to the change log, so every
 * node's caches let the article page show it; one they cannot (a comment awaiting moderation) is
 * logged as staff-only and empties no reader cache.
 */
@Service
public class CommentService {

    /** The change log's entity; its id is the article whose thread changed. */
    public static final String ENTITY = "comment";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final CommentRepository comments;
    private final CommentTargets targets;
    private final CommentRules rules;
    private final FormTokens tokens;
    private final SiteSettingsService settings;
    private final ChangeLog changeLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CommentService(CommentRepository comments, CommentTargets targets, CommentRules rules, FormTokens tokens,
            SiteSettingsService settings, ChangeLog changeLog, PlatformTransactionManager transactions, Clock clock) {
        this.comments = comments;
        this.targets = targets;
        this.rules = rules;
        this.tokens = tokens;
        this.settings = settings;
        this.changeLog = changeLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What became of a post: stored as {@code id}, shown at once if {@code status} is approved. */
    public record Posted(long id, CommentStatus status) {

        public boolean shown() {
            return status == CommentStatus.APPROVED;
        }
    }

    /**
     * Posts a reader's comment. Refused, with nothing stored: bad fields ({@link InvalidInputException},
     * also when sent too fast), an article closed to comments ({@link ForbiddenException}), the same
     * comment again ({@link ConflictException}), a flood ({@link TooManyRequestsException}), an
     * article readers cannot see ({@link CommentNotFoundException}). A comment a rule suspects is
     * stored in the spam queue and answered like any comment awaiting moderation, so a robot
     * learns nothing and a real reader loses nothing.
     */
    public Posted post(NewComment post) {
        Instant now = clock.instant();
        String name = oneLine(post.name());
        String email = email(post.email());
        String text = CommentText.clean(post.text());
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > CommentRules.NAME_MAX) {
            problems.add(new Problem("name", "comments.error.name", CommentRules.NAME_MAX));
        }
        if (email == null) {
            problems.add(new Problem("email", "comments.error.email"));
        }
        if (text.isEmpty()) {
            problems.add(new Problem("text", "comments.error.text-empty"));
        } else if (text.length() > rules.maxLength()) {
            problems.add(new Problem("text", "comments.error.text-too-long", rules.maxLength()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CommentTarget target = targets.published(post.articleId())
                .orElseThrow(() -> new CommentNotFoundException("No published article " + post.articleId()));
        if (!isOpen(target)) {
            throw new ForbiddenException("comments.error.closed");
        }
        Long parentId = parent(post.parentId(), target.articleId());
        Optional<Instant> shownAt = tokens.shownAt(post.token());
        if (shownAt.isPresent() && Duration.between(shownAt.get(), now).compareTo(rules.minTime()) < 0) {
            throw new InvalidInputException("text", "comments.error.too-fast", Math.max(1, rules.minTime().toSeconds()));
        }
        throttle(post.address(), email, now);

        String suspicion;
        if (post.honeypot() != null && !post.honeypot().isEmpty()) {
            suspicion = "honeypot";
        } else if (shownAt.isEmpty()) {
            suspicion = "no-form";
        } else {
            suspicion = rules.suspicion(name, text);
        }
        SiteSettings site = settings.current();
        CommentStatus status = suspicion != null ? CommentStatus.SPAM
                : site.commentsFromApprovedAtOnce() && comments.hasApproved(email) ? CommentStatus.APPROVED
                : CommentStatus.PENDING;
        Row row = new Row(target.articleId(), parentId, status, name, email, text, suspicion,
                fingerprint(target.articleId(), email, text), null, now);
        long id = transaction.execute(tx -> {
            long stored = comments.insert(row, now).orElseThrow(() -> new ConflictException("comments.error.duplicate",
                    "The same comment was already sent to article " + target.articleId()));
            changeLog.append(ENTITY, target.articleId(), status == CommentStatus.APPROVED ? "posted" : Change.STAFF_ONLY);
            return stored;
        });
        return new Posted(id, status);
    }

    /** Whether readers may comment on the article now: the newsroom left it open and it is not too old. */
    public boolean isOpen(CommentTarget target) {
        if (!target.openByEditor()) {
            return false;
        }
        int days = settings.current().commentsCloseAfterDays();
        return days <= 0 || target.publishedAt() == null
                || clock.instant().isBefore(target.publishedAt().plus(Duration.ofDays(days)));
    }

    /** A reply answers an approved comment of the same article; a reply to a reply answers its parent. */
    private Long parent(Long parentId, long articleId) {
        if (parentId == null) {
            return null;
        }
        Comment parent = comments.findById(parentId)
                .filter(c -> c.articleId() == articleId && c.status() == CommentStatus.APPROVED)
                .orElseThrow(() -> new InvalidInputException("parent", "comments.error.parent"));
        return parent.parentId() != null ? parent.parentId() : parent.id();
    }

    /** Counts the attempt against the address and the email, each in its own window: 429 past either. */
    private void throttle(String address, String email, Instant now) {
        Instant windowStart = now.minus(rules.window());
        int byAddress = comments.hit(addressSubject(address), windowStart, now);
        int byEmail = comments.hit(emailSubject(email), windowStart, now);
        if (byAddress > rules.addressLimit() || byEmail > rules.emailLimit()) {
            throw new TooManyRequestsException(rules.window().toSeconds(), "comments.error.rate",
                    "Comment rate limit: " + byAddress + " from the address, " + byEmail + " with the email");
        }
        if ((byAddress + byEmail) % 50 == 0) {
            comments.forgetRates(now.minus(rules.window().multipliedBy(2)));   // now and then, old windows go
        }
    }

    private String addressSubject(String address) {
        return "address:" + tokens.hash("address", address == null ? "unknown" : address);
    }

    private String emailSubject(String email) {
        return "email:" + tokens.hash("email", email);
    }

    // ---- moderation ------------------------------------------------------------------------------

    /**
     * Carries out the action on each of these comments it applies to (the others are left as they
     * are) and answers how many changed.
     */
    public int moderate(Collection<Long> ids, Moderation action) {
        if (ids.isEmpty()) {
            return 0;
        }
        return transaction.execute(tx -> {
            List<Comment> changing = comments.findAll(ids).stream().filter(c -> action.allowedFrom(c.status())).toList();
            if (changing.isEmpty()) {
                return 0;
            }
            comments.setStatus(changing.stream().map(Comment::id).toList(), action.to(), clock.instant());
            Set<Long> seen = new LinkedHashSet<>();
            Set<Long> unseen = new LinkedHashSet<>();
            for (Comment comment : changing) {
                boolean readersSee = comment.status() == CommentStatus.APPROVED || action.to() == CommentStatus.APPROVED;
                (readersSee ? seen : unseen).add(comment.articleId());
            }
            seen.forEach(article -> changeLog.append(ENTITY, article, action.code()));
            unseen.stream().filter(a -> !seen.contains(a)).forEach(article -> changeLog.append(ENTITY, article, Change.STAFF_ONLY));
            return changing.size();
        });
    }

    /** Replaces a comment's text (a moderator's edit); the same rules of length apply. */
    public void edit(long id, String newText) {
        String text = CommentText.clean(newText);
        if (text.isEmpty()) {
            throw new InvalidInputException("text", "comments.error.text-empty");
        }
        if (text.length() > rules.maxLength()) {
            throw new InvalidInputException("text", "comments.error.text-too-long", rules.maxLength());
        }
        transaction.executeWithoutResult(tx -> {
            Comment comment = comments.findById(id).orElseThrow(() -> new CommentNotFoundException("No comment " + id));
            comments.updateBody(id, text, clock.instant());
            changeLog.append(ENTITY, comment.articleId(),
                    comment.status() == CommentStatus.APPROVED ? "edited" : Change.STAFF_ONLY);
        });
    }

    /**
     * Erases what the site holds of a commenter, for a privacy request: every comment written with
     * the email (whatever its status), with the email in them, and the email's rate counter.
     * Replies others wrote stay, no longer attached. Answers how many comments went.
     */
    public int erase(String rawEmail) {
        String email = email(rawEmail);
        if (email == null) {
            throw new InvalidInputException("email", "comments.error.email");
        }
        return transaction.execute(tx -> {
            List<Comment> theirs = comments.findByEmail(email);
            int erased = comments.deleteByEmail(email);
            comments.forgetRate(emailSubject(email));
            theirs.stream().filter(c -> c.status() == CommentStatus.APPROVED).map(Comment::articleId).distinct()
                    .forEach(article -> changeLog.append(ENTITY, article, "erased"));
            if (theirs.stream().anyMatch(c -> c.status() != CommentStatus.APPROVED)) {
                changeLog.append(ENTITY, theirs.getFirst().articleId(), Change.STAFF_ONLY);
            }
            return erased;
        });
    }

    // ---- imports ---------------------------------------------------------------------------------

    /**
     * Stores a comment from another system as it is: no spam checks, rate limits or form time.
     * The article must exist (any status); the parent, if given, must be a comment of the same
     * article. A comment whose {@code externalId} is already stored is not stored again: its id is
     * answered. Fields are checked for what the table holds, the text cleaned like any comment's.
     */
    public long store(ImportedComment comment) {
        if (comment.externalId() != null && !comment.externalId().isBlank()) {
            Optional<Long> known = comments.findIdByExternalId(comment.externalId().strip());
            if (known.isPresent()) {
                return known.get();
            }
        }
        Row checked = checkImported(comment, null);
        CommentTarget target = targets.any(comment.articleId())
                .orElseThrow(() -> new CommentNotFoundException("No article " + comment.articleId()));
        if (comment.parentId() != null && comments.findById(comment.parentId())
                .filter(p -> p.articleId() == target.articleId()).isEmpty()) {
            throw new InvalidInputException("parent", "comments.error.parent");
        }
        Instant now = clock.instant();
        String externalId = checked.externalId();
        return transaction.execute(tx -> {
            Optional<Long> stored = comments.insert(checked, now);
            if (stored.isEmpty()) {
                // Another import stored the same external id in between.
                return comments.findIdByExternalId(externalId).orElseThrow();
            }
            changeLog.append(ENTITY, target.articleId(),
                    comment.status() == CommentStatus.APPROVED ? "imported" : Change.STAFF_ONLY);
            return stored.get();
        });
    }

    /** The fields of an imported comment checked and cleaned; refused with its problems. */
    private static Row checkImported(ImportedComment comment, Long parentId) {
        String name = oneLine(comment.authorName());
        String email = comment.authorEmail() == null ? "" : comment.authorEmail().strip().toLowerCase(Locale.ROOT);
        String text = CommentText.clean(comment.text());
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new Problem("name", "comments.error.name", 200));
        }
        if (email.length() > 320) {
            problems.add(new Problem("email", "comments.error.email"));
        }
        if (text.isEmpty()) {
            problems.add(new Problem("text", "comments.error.text-empty"));
        }
        if (comment.status() == null || comment.createdAt() == null) {
            problems.add(new Problem("status", "comments.error.import"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String externalId = comment.externalId() == null || comment.externalId().isBlank() ? null : comment.externalId().strip();
        return new Row(comment.articleId(), parentId != null ? parentId : comment.parentId(), comment.status(), name,
                email, text, null, null, externalId, comment.createdAt());
    }

    /** What became of one comment of {@link #storeAll}: its id and whether it is new, or why it was refused. */
    public record Stored(Long id, boolean created, InvalidInputException refusal) {
    }

    /**
     * Stores many imported comments, as {@link #store} stores one, in the caller's transaction (or
     * one of its own) with few statements: one lookup of the external ids, one of the articles, and
     * inserts of many rows, in the order given. Every comment needs an external id.
     * A parent is named by {@code parentExternalId}: a comment stored before or one earlier in this
     * list; a parent not found leaves the reply at the top of the thread, a parent under another
     * article refuses it. A comment already stored is answered with its id, not stored again.
     * Answers one outcome per comment, in order; refused ones wrote nothing.
     */
    public List<Stored> storeAll(List<ImportedComment> imported) {
        if (imported.isEmpty()) {
            return List.of();
        }
        return transaction.execute(tx -> {
            Set<String> wanted = new LinkedHashSet<>();
            for (ImportedComment comment : imported) {
                if (comment.externalId() == null || comment.externalId().isBlank()) {
                    throw new IllegalArgumentException("An imported comment without an external id");
                }
                wanted.add(comment.externalId().strip());
                if (comment.parentExternalId() != null && !comment.parentExternalId().isBlank()) {
                    wanted.add(comment.parentExternalId().strip());
                }
            }
            Map<String, CommentRepository.Known> known = comments.findByExternalIds(wanted);
            Set<Long> articles = targets.existing(imported.stream().map(ImportedComment::articleId).distinct().toList());
            Stored[] outcomes = new Stored[imported.size()];
            // A parent earlier in this list gets its id with the rest: the reply is linked to it after.
            Set<String> accepted = new HashSet<>();
            Map<String, Long> articleOf = new HashMap<>();
            Map<String, String> parentInList = new HashMap<>();
            List<Integer> toStore = new ArrayList<>();
            Row[] rows = new Row[imported.size()];
            for (int i = 0; i < imported.size(); i++) {
                ImportedComment comment = imported.get(i);
                String externalId = comment.externalId().strip();
                if (known.containsKey(externalId) || accepted.contains(externalId)) {
                    continue;   // stored already, or a second time in this list: answered below
                }
                try {
                    if (!articles.contains(comment.articleId())) {
                        throw new InvalidInputException("article", "comments.error.import");
                    }
                    String parent = comment.parentExternalId() == null || comment.parentExternalId().isBlank() ? null
                            : comment.parentExternalId().strip();
                    Long parentId = null;
                    if (parent != null && known.containsKey(parent)) {
                        if (known.get(parent).articleId() != comment.articleId()) {
                            throw new InvalidInputException("parent", "comments.error.parent");
                        }
                        parentId = known.get(parent).id();
                    } else if (parent != null && accepted.contains(parent)) {
                        if (articleOf.get(parent) != comment.articleId()) {
                            throw new InvalidInputException("parent", "comments.error.parent");
                        }
                        parentInList.put(externalId, parent);
                    }
                    rows[i] = checkImported(comment, parentId);
                    accepted.add(externalId);
                    articleOf.put(externalId, comment.articleId());
                    toStore.add(i);
                } catch (InvalidInputException refused) {
                    outcomes[i] = new Stored(null, false, refused);
                }
            }
            Instant now = clock.instant();
            // One entry per article and kind: it says that article's comments changed.
            Set<ChangeLog.Entry> changes = new LinkedHashSet<>();
            List<Row> toInsert = new ArrayList<>(toStore.size());
            for (int i : toStore) {
                toInsert.add(rows[i]);
                changes.add(new ChangeLog.Entry(ENTITY, rows[i].articleId(),
                        rows[i].status() == CommentStatus.APPROVED ? "imported" : Change.STAFF_ONLY));
            }
            // In the order given, so their ids keep it (exports list comments by id).
            Map<String, Long> storedIds = toInsert.isEmpty() ? Map.of() : comments.insertImported(toInsert, now);
            Map<String, Long> parents = new HashMap<>();
            parentInList.forEach((child, parent) -> parents.put(child, storedIds.get(parent)));
            comments.setParents(parents);
            for (int i : toStore) {
                outcomes[i] = new Stored(storedIds.get(rows[i].externalId()), true, null);
            }
            changeLog.appendAll(changes);
            for (int i = 0; i < imported.size(); i++) {
                if (outcomes[i] == null) {
                    String externalId = imported.get(i).externalId().strip();
                    CommentRepository.Known before = known.get(externalId);
                    outcomes[i] = before != null ? new Stored(before.id(), false, null)
                            : new Stored(storedIds.get(externalId), false, null);
                }
            }
            return List.of(outcomes);
        });
    }

    // ---- rules of the fields -----------------------------------------------------------------------

    /** The email as kept and compared: trimmed, lower case; null when it does not look like one. */
    static String email(String raw) {
        if (raw == null) {
            return null;
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        return email.length() <= CommentRules.EMAIL_MAX && EMAIL.matcher(email).matches() ? email : null;
    }

    /** A name on one line, its spaces collapsed. */
    private static String oneLine(String raw) {
        return SPACES.matcher(CommentText.clean(raw)).replaceAll(" ");
    }

    /**
     * The same comment, however it is spelled: article, email and the text normalised as search
     * normalises Arabic, with spacing ignored. Stored unique, so it is stored once.
     */
    static String fingerprint(long articleId, String email, String text) {
        String normalised = SPACES.matcher(ArabicNormalizer.normalize(text)).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((articleId + "\n" + email + "\n" + normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
