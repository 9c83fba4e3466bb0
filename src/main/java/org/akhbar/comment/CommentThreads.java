package org.akhbar.comment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akhbar.platform.ContentCache;
import org.akhbar.platform.ContentCaches;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The comments block of article pages: threads read through a fragment cache that follows the
 * change log (an approval on any node empties it), and the form with a freshly signed time.
 */
@Component
public class CommentThreads {

    /** What the article page may say after a post ({@code ?comment=…}). */
    private static final Set<String> NOTICES = Set.of("pending", "posted");

    private final CommentRepository comments;
    private final CommentService service;
    private final FormTokens tokens;
    private final ObjectProvider<ResourceUrlProvider> assetUrls;
    private final ContentCache<Long, CommentThread> threads;
    private volatile String script;

    CommentThreads(CommentRepository comments, CommentService service, FormTokens tokens, ContentCaches caches,
            ObjectProvider<ResourceUrlProvider> assetUrls, @Value("${akhbar.cache.data.max-size:128MB}") DataSize maxSize) {
        this.comments = comments;
        this.service = service;
        this.tokens = tokens;
        this.assetUrls = assetUrls;
        this.threads = caches.create(maxSize.toBytes() / 16, (Long id, CommentThread thread) -> 200
                + thread.comments().stream().mapToInt(CommentThreads::weight).sum());
    }

    private static int weight(CommentThread.Item item) {
        return 200 + 2 * item.html().length() + item.replies().stream().mapToInt(CommentThreads::weight).sum();
    }

    /** The approved comments of an article, replies under the comment they answer. */
    public CommentThread thread(long articleId) {
        return threads.get(articleId, this::load);
    }

    /**
     * Replies are shown one level deep: each under the first comment of its chain (imported threads
     * may go deeper). A reply whose chain is not shown (awaiting moderation, erased) stands on its own.
     */
    private CommentThread load(long articleId) {
        List<Comment> approved = comments.findApproved(articleId);
        Map<Long, Comment> byId = new LinkedHashMap<>();
        approved.forEach(c -> byId.put(c.id(), c));
        Map<Long, List<CommentThread.Item>> replies = new LinkedHashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (Comment c : approved) {
            Comment root = c;
            for (int depth = 0; root.parentId() != null && byId.containsKey(root.parentId()) && depth < 100; depth++) {
                root = byId.get(root.parentId());
            }
            if (root == c) {
                roots.add(c);
            } else {
                replies.computeIfAbsent(root.id(), id -> new ArrayList<>()).add(item(c, List.of()));
            }
        }
        List<CommentThread.Item> top = roots.stream()
                .map(c -> item(c, List.copyOf(replies.getOrDefault(c.id(), List.of())))).toList();
        return new CommentThread(approved.size(), top);
    }

    private static CommentThread.Item item(Comment c, List<CommentThread.Item> replies) {
        return new CommentThread.Item(c.id(), c.authorName(), c.createdAt(), c.html(), replies);
    }

    /**
     * The block under the article: {@code notice} and {@code reply} are the page's {@code comment}
     * and {@code reply} parameters (anything unknown is ignored).
     */
    public CommentSection section(CommentTarget target, String notice, String reply) {
        CommentThread thread = thread(target.articleId());
        Long parent = null;
        String replyingTo = null;
        if (reply != null && reply.matches("\\d{1,18}")) {
            var answered = thread.find(Long.parseLong(reply));
            if (answered.isPresent()) {
                parent = answered.get().id();
                replyingTo = answered.get().authorName();
            }
        }
        CommentForm form = new CommentForm("", "", "", parent, tokens.issue());
        return new CommentSection(target.articleId(), target.path(), action(target.articleId()), service.isOpen(target),
                thread, form, replyingTo, notice != null && NOTICES.contains(notice) ? "comments.notice." + notice : null,
                List.of(), script());
    }

    /** The block again for a refused post: the form as the reader typed it, with what was wrong. */
    public CommentSection refused(CommentTarget target, CommentForm typed, List<String> problems) {
        CommentThread thread = thread(target.articleId());
        String replyingTo = typed.parent() == null ? null
                : thread.find(typed.parent()).map(CommentThread.Item::authorName).orElse(null);
        CommentForm form = new CommentForm(typed.name(), typed.email(), typed.text(),
                replyingTo == null ? null : typed.parent(), tokens.issue());
        return new CommentSection(target.articleId(), target.path(), action(target.articleId()), service.isOpen(target),
                thread, form, replyingTo, null, List.copyOf(problems), script());
    }

    public static String action(long articleId) {
        return "/article/" + articleId + "/comments";
    }

    private String script() {
        String known = script;
        if (known == null) {
            ResourceUrlProvider provider = assetUrls.getIfAvailable();
            String url = provider == null ? null : provider.getForLookupPath("/assets/comments.js");
            known = url == null ? "/assets/comments.js" : url;
            script = known;
        }
        return known;
    }
}
