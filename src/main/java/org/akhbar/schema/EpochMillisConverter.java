package org.akhbar.schema;

import java.time.Instant;

import org.jooq.impl.AbstractConverter;

/**
 * Maps the schema's epoch-millisecond columns to {@link Instant}. Both dialects store instants
 * as integers so ordering and keyset comparisons behave the same on SQLite and PostgreSQL.
 */
public final class EpochMillisConverter extends AbstractConverter<Long, Instant> {

    public EpochMillisConverter() {
        super(Long.class, Instant.class);
    }

    @Override
    public Instant from(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public Long to(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
