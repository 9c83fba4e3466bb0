package org.akhbar.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.platform.ChangeLog;
import org.akhbar.platform.ContentChanged;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.text.SpellingEquivalences;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spelling equivalences editors keep at {@code /newsroom/spellings}: one line per group of
 * spellings of the same word. Saved in the database, loaded into {@link Spellings} at start and
 * again on every node when the change log says they changed; they apply to queries only, so an
 * edit takes effect at the next search without reindexing anything.
 */
@Service
public class SpellingService implements SmartInitializingSingleton {

    public static final String ENTITY = "spellings";
    static final int MAX_LINES = 500;
    static final int MAX_LINE_LENGTH = 500;

    private final SpellingRepository repository;
    private final Spellings spellings;
    private final ChangeLog changeLog;
    private final Clock clock;

    SpellingService(SpellingRepository repository, Spellings spellings, ChangeLog changeLog, Clock clock) {
        this.repository = repository;
        this.spellings = spellings;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** The lines as stored, in order. */
    public List<String> lines() {
        return repository.lines();
    }

    /**
     * Replaces every line by those of {@code text} (blank lines skipped, spellings separated by
     * spaces, commas or slashes). A line of a single word, or too long, is refused and nothing is saved.
     */
    @Transactional
    public void save(String text) {
        List<String> lines = new ArrayList<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String[] raw = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > MAX_LINE_LENGTH) {
                problems.add(new InvalidInputException.Problem("spellings", "spellings.error.too-long", i + 1,
                        MAX_LINE_LENGTH));
            } else if (SpellingEquivalences.spellings(line).size() < 2) {
                problems.add(new InvalidInputException.Problem("spellings", "spellings.error.one-word", i + 1));
            } else {
                lines.add(String.join(" ", SpellingEquivalences.spellings(line)));
            }
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new InvalidInputException.Problem("spellings", "spellings.error.too-many", MAX_LINES));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.replace(lines, clock.instant());
        changeLog.append(ENTITY, 0, "updated");
    }

    @EventListener
    void on(ContentChanged changed) {
        if (changed.changes().stream().anyMatch(c -> ENTITY.equals(c.entity()))) {
            reload();
        }
    }

    private void reload() {
        spellings.replace(SpellingEquivalences.of(repository.lines()));
    }
}
