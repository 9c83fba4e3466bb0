package org.akhbar.taxonomy;

import static org.akhbar.schema.Tables.SECTION;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    private final DSLContext db;
    private final ChangeLog changeLog;
    private final Clock clock;

    SectionRepository(DSLContext db, ChangeLog changeLog, Clock clock) {
        this.db = db;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public List<Section> findAll() {
        return db.selectFrom(SECTION).orderBy(SECTION.POSITION, SECTION.ID).fetch(SectionRepository::toSection);
    }

    public Optional<Section> findBySlug(String slug) {
        return db.selectFrom(SECTION).where(SECTION.SLUG.eq(slug)).fetchOptional(SectionRepository::toSection);
    }

    public Optional<Section> findByName(String name) {
        return db.selectFrom(SECTION).where(SECTION.NAME.eq(name)).fetchOptional(SectionRepository::toSection);
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

    private Section create(String name) {
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

    private static Section toSection(SectionRecord r) {
        return new Section(r.getId(), r.getSlug(), r.getName(), r.getPosition());
    }
}
