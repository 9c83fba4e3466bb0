package org.akhbar.people;

import static org.akhbar.schema.Tables.AUTHOR;

import java.time.Clock;
import java.util.Optional;

import org.akhbar.platform.ChangeLog;
import org.akhbar.schema.tables.records.AuthorRecord;
import org.akhbar.text.Slugs;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** All SQL about authors. */
@Repository
public class AuthorRepository {

    static final int MAX_NAME_LENGTH = 200;

    private final DSLContext db;
    private final ChangeLog changeLog;
    private final Clock clock;

    AuthorRepository(DSLContext db, ChangeLog changeLog, Clock clock) {
        this.db = db;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public Optional<Author> findBySlug(String slug) {
        return db.selectFrom(AUTHOR).where(AUTHOR.SLUG.eq(slug)).fetchOptional(AuthorRepository::toAuthor);
    }

    public Optional<Author> findById(long id) {
        return db.selectFrom(AUTHOR).where(AUTHOR.ID.eq(id)).fetchOptional(AuthorRepository::toAuthor);
    }

    /** The author of this name, created if new. */
    @Transactional
    public Author ensure(String name) {
        String cleaned = name.strip().replaceAll("\\s+", " ");
        if (cleaned.length() > MAX_NAME_LENGTH) {
            cleaned = cleaned.substring(0, MAX_NAME_LENGTH);
        }
        String finalName = cleaned;
        return db.selectFrom(AUTHOR).where(AUTHOR.NAME.eq(finalName)).fetchOptional(AuthorRepository::toAuthor)
                .orElseGet(() -> create(finalName));
    }

    private Author create(String name) {
        String slug = Slugs.unique(Slugs.slugify(name), "author", candidate -> db.fetchExists(AUTHOR, AUTHOR.SLUG.eq(candidate)));
        AuthorRecord created = db.insertInto(AUTHOR)
                .set(AUTHOR.SLUG, slug)
                .set(AUTHOR.NAME, name)
                .set(AUTHOR.CREATED_AT, clock.instant())
                .returning()
                .fetchOne();
        changeLog.append("author", created.getId(), "created");
        return toAuthor(created);
    }

    private static Author toAuthor(AuthorRecord r) {
        return new Author(r.getId(), r.getSlug(), r.getName(), r.getBio());
    }
}
