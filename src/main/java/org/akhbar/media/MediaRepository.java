package org.akhbar.media;

import static org.akhbar.schema.Tables.MEDIA;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.akhbar.platform.Cursor;
import org.akhbar.platform.Slice;
import org.akhbar.schema.tables.records.MediaRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** All SQL about uploaded images. The library is walked newest first along (created_at, id), which an index covers. */
@Repository
public class MediaRepository {

    private final DSLContext db;

    MediaRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<MediaImage> findById(long id) {
        return db.selectFrom(MEDIA).where(MEDIA.ID.eq(id)).fetchOptional(MediaRepository::toImage);
    }

    /** The images of these ids that exist, in no particular order. */
    public List<MediaImage> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(MEDIA).where(MEDIA.ID.in(ids)).fetch(MediaRepository::toImage);
    }

    public Optional<MediaImage> findByStorageKey(String storageKey) {
        return db.selectFrom(MEDIA).where(MEDIA.STORAGE_KEY.eq(storageKey)).fetchOptional(MediaRepository::toImage);
    }

    /**
     * Up to {@code limit} images, newest first, strictly after {@code after} (null: from the newest),
     * whose file name, alt text, caption or credit contains {@code query} (blank: all).
     */
    public Slice<MediaImage> page(String query, Cursor after, int limit) {
        Condition condition = DSL.noCondition();
        if (query != null && !query.isBlank()) {
            String q = query.strip();
            condition = MEDIA.ORIGINAL_NAME.containsIgnoreCase(q).or(MEDIA.ALT.containsIgnoreCase(q))
                    .or(MEDIA.CAPTION.containsIgnoreCase(q)).or(MEDIA.CREDIT.containsIgnoreCase(q));
        }
        if (after != null) {
            // The first half bounds the index range; the second only breaks ties at the same instant.
            condition = condition.and(MEDIA.CREATED_AT.le(after.at()))
                    .and(MEDIA.CREATED_AT.lt(after.at()).or(MEDIA.ID.lt(after.id())));
        }
        List<MediaImage> rows = db.selectFrom(MEDIA)
                .where(condition)
                .orderBy(MEDIA.CREATED_AT.desc(), MEDIA.ID.desc())
                .limit(limit + 1)
                .fetch(MediaRepository::toImage);
        if (rows.size() <= limit) {
            return new Slice<>(rows, Optional.empty());
        }
        List<MediaImage> items = List.copyOf(rows.subList(0, limit));
        return new Slice<>(items, Optional.of(items.getLast().position()));
    }

    /** Stores the row of a new upload (whose {@code id} is not yet known and ignored); returns its id. */
    long insert(MediaImage image, Long uploadedBy) {
        return db.insertInto(MEDIA)
                .set(MEDIA.STORAGE_KEY, image.storageKey())
                .set(MEDIA.CONTENT_TYPE, image.contentType())
                .set(MEDIA.WIDTH, image.width())
                .set(MEDIA.HEIGHT, image.height())
                .set(MEDIA.BYTE_SIZE, image.byteSize())
                .set(MEDIA.WIDTHS, image.widths().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .set(MEDIA.ORIGINAL_NAME, image.originalName())
                .set(MEDIA.ALT, image.alt())
                .set(MEDIA.CAPTION, image.caption())
                .set(MEDIA.CREDIT, image.credit())
                .set(MEDIA.UPLOADED_BY, uploadedBy)
                .set(MEDIA.CREATED_AT, image.createdAt())
                .set(MEDIA.UPDATED_AT, image.createdAt())
                .returning(MEDIA.ID)
                .fetchOne()
                .getId();
    }

    /** Changes what is said about an image; false if there is no such image. */
    boolean updateDescription(long id, String alt, String caption, String credit, Instant now) {
        return db.update(MEDIA)
                .set(MEDIA.ALT, alt)
                .set(MEDIA.CAPTION, caption)
                .set(MEDIA.CREDIT, credit)
                .set(MEDIA.UPDATED_AT, now)
                .where(MEDIA.ID.eq(id))
                .execute() == 1;
    }

    private static MediaImage toImage(MediaRecord r) {
        ImageType type = ImageType.ofContentType(r.getContentType())
                .orElseThrow(() -> new IllegalStateException("Media " + r.getId() + " has type " + r.getContentType()));
        List<Integer> widths = r.getWidths().isEmpty() ? List.of()
                : Arrays.stream(r.getWidths().split(",")).map(Integer::valueOf).toList();
        return new MediaImage(r.getId(), r.getStorageKey(), type, r.getWidth(), r.getHeight(), r.getByteSize(),
                widths, r.getOriginalName(), r.getAlt(), r.getCaption(), r.getCredit(), r.getCreatedAt());
    }
}
