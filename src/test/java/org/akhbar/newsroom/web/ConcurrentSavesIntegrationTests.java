package org.akhbar.newsroom.web;

import static org.akhbar.article.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akhbar.article.ArticleWorkflow;
import org.akhbar.article.ArticleWorkflow.Action;
import org.akhbar.article.Revision;
import org.akhbar.article.RevisionKind;
import org.akhbar.article.RevisionRepository;
import org.akhbar.people.Account;
import org.akhbar.people.AccountService;
import org.akhbar.people.AccountService.NewAccount;
import org.akhbar.people.Role;
import org.akhbar.testing.DatabaseTest;
import org.akhbar.testing.NewsroomClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Twenty editors save one article fifty times each, as fast as they can, each save based on the
 * version its editor last loaded. Every save is either accepted and kept as a revision, or refused
 * with a 409; none is lost, none half-written.
 */
@DatabaseTest
class ConcurrentSavesIntegrationTests {

    static final int EDITORS = 20;
    static final int SAVES = 50;
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    RevisionRepository revisions;

    @Test
    void everyAcceptedSaveIsARevisionAndEveryRefusedOneGotA409() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        Account editor = accounts.create(new NewAccount("crowd" + run, "محرر " + run, null,
                NewsroomAuthorizationIntegrationTests.PASSWORD, Role.EDITOR));
        long id = workflow.save(null, article("مقال يحرره الجميع").build(), null, Action.SAVE, false, editor.staff()).id();

        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        List<String> unexpected = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<?>> editors = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            int who = e;
            editors.add(pool.submit(() -> {
                NewsroomClient client = new NewsroomClient(port);
                client.login(editor.username(), NewsroomAuthorizationIntegrationTests.PASSWORD);
                String version = loadedVersion(client, id);
                for (int s = 0; s < SAVES; s++) {
                    String text = "المحرر " + who + " الحفظ " + s;
                    HttpResponse<String> response = client.post("/newsroom/articles/" + id, Map.of(
                            "version", version, "title", "مقال يحرره الجميع", "body", "<p>" + text + "</p>"));
                    if (response.statusCode() == 302) {
                        accepted.add(text);
                        version = loadedVersion(client, id);
                    } else if (response.statusCode() == 409) {
                        refused.incrementAndGet();
                        assertThat(response.body()).contains(text);   // the editor's text is still on screen
                        version = loadedVersion(client, id);
                    } else {
                        synchronized (unexpected) {
                            unexpected.add(response.statusCode() + " " + text);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : editors) {
            future.get();
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(accepted.size() + refused.get()).isEqualTo(EDITORS * SAVES);
        List<Revision> saves = revisions.findByArticle(id).stream().filter(r -> r.kind() == RevisionKind.SAVE).toList();
        // One revision for the first draft, then one per accepted save, each holding that save's text.
        assertThat(saves).hasSize(accepted.size() + 1);
        Set<String> kept = ConcurrentHashMap.newKeySet();
        for (Revision revision : saves) {
            Matcher m = Pattern.compile("<p>(.*)</p>").matcher(revision.bodyHtml());
            if (m.find()) {
                kept.add(m.group(1));
            }
        }
        assertThat(kept).containsAll(accepted);
        assertThat(saves.stream().map(Revision::version).distinct().count()).isEqualTo(saves.size());
    }

    private static String loadedVersion(NewsroomClient client, long id) {
        Matcher m = VERSION.matcher(client.get("/newsroom/articles/" + id).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
