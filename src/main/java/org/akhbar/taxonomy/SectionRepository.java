package org.akhbar.taxonomy;

import static org.akhbar.schema.Tables.SECTION;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.akhbar.platform.ChangeLog;
import org.akhbar.schema.tables.records.SectionRecord;
import org.akhbar.text.Slugs;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** All SQL about sections. */
@Repository
public class SectionRepository {

    static final String ENTITY = "section";
    private static final int SHOWN = 1;
    private static final int HIDDEN = 0;

    private final DSLContext db;
    private final ChangeLog changeLog;
    private final Clock clock;

    SectionRepository(DSLContext db, ChangeLog changeLog, Clock clock) {
        this.db = db;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Every section, in menu order. */
    public List<Section> findAll() {
        return db.selectFrom(SECTION).orderBy(SECTION.POSITION, SECTION.ID).fetch(SectionRepository::toSection);
    }

    /** The sections the header menu shows, in menu order. */
    public List<Section> findInMenu() {
        return db.selectFrom(SECTION).where(SECTION.IN_MENU.eq(SHOWN)).orderBy(SECTION.POSITION, SECTION.ID)
                .fetch(SectionRepository::toSection);
    }

    public Optional<Section> findById(long id) {
        return db.selectFrom(SECTION).where(SECTION.ID.eq(id)).fetchOptional(SectionRepository::toSection);
    }

    public Optional<Section> findBySlug(String slug) {
        return db.selectFrom(SECTION).where(SECTION.SLUG.eq(slug)).fetchOptional(SectionRepository::toSection);
    }

    public Optional<Section> findByName(String name) {
        return db.selectFrom(SECTION).where(SECTION.NAME.eq(name)).fetchOptional(SectionRepository::toSection);
    }

    /**
     * The sections with these names, each looked up by the name as given (cleaned as {@link #ensure}
     * cleans it), creating those missing: what a bulk write resolves once for many articles. Blank
     * names are left out of the map.
     */
    @Transactional
    public Map<String, Section> ensureByName(Collection<String> names) {
        return Names.ensureEach(names, this::ensure);
    }

    /** The sections with these names, in this order, creating (at the end of the menu) those missing. */
    @Transactional
    public List<Section> ensure(List<String> names) {
        List<String> wanted = Names.clean(names);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Section> existing = db.selectFrom(SECTION).where(SECTION.NAME.in(wanted))
                .fetchMap(SECTION.NAME, SectionRepository::toSection);
        List<Section> sections = new ArrayList<>();
        for (String name : wanted) {
            Section section = existing.get(name);
            sections.add(section != null ? section : create(name));
        }
        return sections;
    }

    /** A new section at the end of the menu, shown in it; the name must be clean and free. */
    @Transactional
    public Section create(String name) {
        Instant now = clock.instant();
        Integer last = db.select(DSL.max(SECTION.POSITION)).from(SECTION).fetchOne(0, Integer.class);
        String slug = Slugs.unique(Slugs.slugify(name), "section", candidate -> db.fetchExists(SECTION, SECTION.SLUG.eq(candidate)));
        SectionRecord created = db.insertInto(SECTION)
                .set(SECTION.SLUG, slug)
                .set(SECTION.NAME, name)
                .set(SECTION.POSITION, last == null ? 1 : last + 1)
                .set(SECTION.CREATED_AT, now)
                .set(SECTION.UPDATED_AT, now)
                .returning()
                .fetchOne();
        changeLog.append(ENTITY, created.getId(), "created");
        return toSection(created);
    }

    /** Renames a section (its slug stays, so its address does not change) and shows or hides it in the menu. */
    @Transactional
    public void update(long id, String name, boolean inMenu) {
        db.update(SECTION)
                .set(SECTION.NAME, name)
                .set(SECTION.IN_MENU, inMenu ? SHOWN : HIDDEN)
                .set(SECTION.UPDATED_AT, clock.instant())
                .where(SECTION.ID.eq(id))
                .execute();
        changeLog.append(ENTITY, id, "updated");
    }

    /** Places a section under another (null: at the top); sections imported from WordPress keep its hierarchy. */
    @Transactional
    public void setParent(long id, Long parentId) {
        if (parentId != null && parentId == id) {
            throw new IllegalArgumentException("A section cannot be its own parent: " + id);
        }
        int changed = db.update(SECTION).set(SECTION.PARENT_ID, parentId).set(SECTION.UPDATED_AT, clock.instant())
                .where(SECTION.ID.eq(id).and(parentId == null ? SECTION.PARENT_ID.isNotNull()
                        : SECTION.PARENT_ID.isNull().or(SECTION.PARENT_ID.ne(parentId))))
                .execute();
        if (changed > 0) {
            changeLog.append(ENTITY, id, "updated");
        }
    }

    /** Each section that has a parent, with its parent's id. */
    public Map<Long, Long> findParents() {
        return db.select(SECTION.ID, SECTION.PARENT_ID).from(SECTION).where(SECTION.PARENT_ID.isNotNull())
                .fetchMap(SECTION.ID, SECTION.PARENT_ID);
    }

    /** Numbers the sections 1, 2, 3 … in this order; only those whose place changes are written. */
    @Transactional
    public void reorder(List<Section> order) {
        Instant now = clock.instant();
        for (int i = 0; i < order.size(); i++) {
            Section section = order.get(i);
            if (section.position() != i + 1) {
                db.update(SECTION)
                        .set(SECTION.POSITION, i + 1)
                        .set(SECTION.UPDATED_AT, now)
                        .where(SECTION.ID.eq(section.id()))
                        .execute();
                changeLog.append(ENTITY, section.id(), "moved");
            }
        }
    }

    private static Section toSection(SectionRecord r) {
        return new Section(r.getId(), r.getSlug(), r.getName(), r.getPosition());
    }
}
