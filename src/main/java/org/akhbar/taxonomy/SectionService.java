package org.akhbar.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.akhbar.platform.DatabaseLocks;
import org.akhbar.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to sections by hand: create one, rename it, show or hide it in the header menu,
 * move it up or down the menu. A slug never changes, so links to a renamed section keep working.
 * Every write goes to the change log, so every node's menu follows.
 */
@Service
public class SectionService {

    /** Taken by every change here, so two editors moving sections at once do not scramble the order. */
    private static final String LOCK = "sections";

    private final SectionRepository sections;
    private final DatabaseLocks locks;

    SectionService(SectionRepository sections, DatabaseLocks locks) {
        this.sections = sections;
        this.locks = locks;
    }

    @Transactional
    public Section create(String name) {
        locks.lock(LOCK);
        String clean = available(name, null);
        try {
            return sections.create(clean);
        } catch (DuplicateKeyException raced) {
            // an article named the same section a moment ago
            throw new InvalidInputException("name", "sections.error.name-taken");
        }
    }

    @Transactional
    public void update(long id, String name, boolean inMenu) {
        locks.lock(LOCK);
        Section section = sections.findById(id).orElseThrow(() -> new SectionNotFoundException(id));
        String clean = available(name, section);
        try {
            sections.update(id, clean, inMenu);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("name", "sections.error.name-taken");
        }
    }

    /** One place earlier in the menu; the first stays first. */
    @Transactional
    public void moveUp(long id) {
        move(id, -1);
    }

    /** One place later in the menu; the last stays last. */
    @Transactional
    public void moveDown(long id) {
        move(id, 1);
    }

    private void move(long id, int by) {
        locks.lock(LOCK);
        List<Section> order = new ArrayList<>(sections.findAll());
        int from = indexOf(order, id);
        int to = from + by;
        if (to >= 0 && to < order.size()) {
            Collections.swap(order, from, to);
            sections.reorder(order);
        }
    }

    private static int indexOf(List<Section> order, long id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == id) {
                return i;
            }
        }
        throw new SectionNotFoundException(id);
    }

    /** The name cleaned, if no other section has it. */
    private String available(String name, Section self) {
        String clean = Names.normalise(name);
        if (clean.isEmpty() || clean.length() > Names.MAX_LENGTH) {
            throw new InvalidInputException("name", "sections.error.name", Names.MAX_LENGTH);
        }
        Optional<Section> holder = sections.findByName(clean);
        if (holder.isPresent() && (self == null || holder.get().id() != self.id())) {
            throw new InvalidInputException("name", "sections.error.name-taken");
        }
        return clean;
    }
}
