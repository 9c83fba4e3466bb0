package org.akhbar.taxonomy;

import static org.akhbar.schema.Tables.TAG;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.akhbar.platform.ChangeLog;
import org.akhbar.schema.tables.records.TagRecord;
import org.akhbar.text.Slugs;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** All SQL about tags. */
@Repository
public class TagRepository {

    private final DSLContext db;
    private final ChangeLog changeLog;
    private final Clock clock;

    TagRepository(DSLContext db, ChangeLog changeLog, Clock clock) {
        this.db = db;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public Optional<Tag> findBySlug(String slug) {
        return db.selectFrom(TAG).where(TAG.SLUG.eq(slug)).fetchOptional(TagRepository::toTag);
    }

    /** Tags whose name starts with these letters, shortest first: the editor's suggestions. */
    public List<Tag> findByPrefix(String prefix, int limit) {
        return db.selectFrom(TAG).where(TAG.NAME.startsWith(prefix.strip()))
                .orderBy(DSL.length(TAG.NAME), TAG.NAME).limit(limit)
                .fetch(TagRepository::toTag);
    }

    /**
     * The tags with these names, each looked up by the name as given (cleaned as {@link #ensure}
     * cleans it), creating those missing: what a bulk write resolves once for many articles. Blank
     * names are left out of the map.
     */
    @Transactional
    public Map<String, Tag> ensureByName(Collection<String> names) {
        return Names.ensureEach(names, this::ensure);
    }

    /** The tags with these names, in this order, creating those missing. */
    @Transactional
    public List<Tag> ensure(List<String> names) {
        List<String> wanted = Names.clean(names);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Tag> existing = db.selectFrom(TAG).where(TAG.NAME.in(wanted)).fetchMap(TAG.NAME, TagRepository::toTag);
        List<Tag> tags = new ArrayList<>();
        for (String name : wanted) {
            Tag tag = existing.get(name);
            tags.add(tag != null ? tag : create(name));
        }
        return tags;
    }

    private Tag create(String name) {
        String slug = Slugs.unique(Slugs.slugify(name), "tag", candidate -> db.fetchExists(TAG, TAG.SLUG.eq(candidate)));
        TagRecord created = db.insertInto(TAG)
                .set(TAG.SLUG, slug)
                .set(TAG.NAME, name)
                .set(TAG.CREATED_AT, clock.instant())
                .returning()
                .fetchOne();
        changeLog.append("tag", created.getId(), "created");
        return toTag(created);
    }

    private static Tag toTag(TagRecord r) {
        return new Tag(r.getId(), r.getSlug(), r.getName());
    }
}
