package org.akhbar.search;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.akhbar.platform.Command;
import org.akhbar.platform.CommandLine;
import org.springframework.stereotype.Component;

/**
 * {@code reindex [--related]}: rebuilds this node's search index from the database, printing its
 * progress, and with {@code --related} ranks every article's related articles again (slower: one
 * similarity search per article). The site must not be running on the same data folder: it holds
 * the index, and the job says so and stops (exit 2) rather than wait.
 */
@Component
class ReindexCommand implements Command {

    private static final int CHUNK = 1_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final SearchIndex index;
    private final IndexUpdates updates;
    private final Clock clock;

    ReindexCommand(SearchIndex index, IndexUpdates updates, Clock clock) {
        this.index = index;
        this.updates = updates;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex [--related]   rebuild the search index from the database (stop the site first);"
                + " --related also ranks every article's related articles again";
    }

    @Override
    public Set<String> options() {
        return Set.of("related");
    }

    @Override
    public int run(CommandLine line) {
        PrintStream out = System.out;
        boolean related = line.options().containsKey("related");
        try {
            index.open();
        } catch (SearchIndex.IndexInUseException e) {
            System.err.println("The search index is in use: a site is running on this data. Stop it, or let it"
                    + " rebuild the index itself by deleting the index folder before it starts.");
            return 2;
        }
        try {
            int total = updates.countPublished();
            out.printf("Indexing %d published articles%n", total);
            long started = System.nanoTime();
            Instant lastReport = Instant.now();
            index.deleteAll();
            long after = 0;
            int done = 0;
            List<Long> ids = new ArrayList<>();
            while (true) {
                List<Long> chunk = updates.buildChunk(after, CHUNK);
                if (chunk.isEmpty()) {
                    break;
                }
                done += chunk.size();
                after = chunk.getLast();
                if (related) {
                    ids.addAll(chunk);
                }
                if (Duration.between(lastReport, Instant.now()).compareTo(PROGRESS_EVERY) >= 0) {
                    out.printf("  %d / %d (%.0f articles/s)%n", done, total, rate(done, started));
                    lastReport = Instant.now();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("Indexed %d articles in %.1f s (%.0f articles/s)%n", done, seconds, rate(done, started));
            long merging = System.nanoTime();
            index.compact();
            updates.publish(clock.instant(), true);
            out.printf("Merged the index into one segment in %.1f s%n", (System.nanoTime() - merging) / 1e9);
            if (related) {
                long relating = System.nanoTime();
                for (int i = 0; i < ids.size(); i += CHUNK) {
                    updates.relate(ids.subList(i, Math.min(ids.size(), i + CHUNK)), false);
                    out.printf("  related articles: %d / %d%n", Math.min(ids.size(), i + CHUNK), ids.size());
                }
                out.printf("Ranked related articles of %d articles in %.1f s%n", ids.size(),
                        (System.nanoTime() - relating) / 1e9);
            }
            return 0;
        } finally {
            index.close();
        }
    }

    private static double rate(int done, long startedNanos) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        return done / seconds;
    }
}
