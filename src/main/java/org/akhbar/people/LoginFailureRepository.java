package org.akhbar.people;

import static org.akhbar.schema.Tables.LOGIN_FAILURE;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** All SQL about counted login failures (see {@link LoginThrottle}). */
@Repository
class LoginFailureRepository {

    private final DSLContext db;

    LoginFailureRepository(DSLContext db) {
        this.db = db;
    }

    /** The latest lock among these subjects still in force at {@code now}. */
    Optional<Instant> lockedUntil(Collection<String> subjects, Instant now) {
        return Optional.ofNullable(db.select(DSL.max(LOGIN_FAILURE.LOCKED_UNTIL)).from(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.SUBJECT.in(subjects))
                .and(LOGIN_FAILURE.LOCKED_UNTIL.gt(now))
                .fetchOne().value1());
    }

    /**
     * Counts a failure for the subject within a window that began after {@code windowStart}, or
     * starts a new window, and locks it until {@code lockUntil} once {@code limit} is reached.
     */
    void count(String subject, int limit, Instant windowStart, Instant now, Instant lockUntil) {
        int counted = db.update(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.FAILURES, LOGIN_FAILURE.FAILURES.plus(1))
                .where(LOGIN_FAILURE.SUBJECT.eq(subject))
                .and(LOGIN_FAILURE.WINDOW_START_AT.gt(windowStart))
                .execute();
        if (counted == 0) {
            db.insertInto(LOGIN_FAILURE)
                    .set(LOGIN_FAILURE.SUBJECT, subject)
                    .set(LOGIN_FAILURE.FAILURES, 1)
                    .set(LOGIN_FAILURE.WINDOW_START_AT, now)
                    .onConflict(LOGIN_FAILURE.SUBJECT)
                    .doUpdate()
                    .set(LOGIN_FAILURE.FAILURES, 1)
                    .set(LOGIN_FAILURE.WINDOW_START_AT, now)
                    .set(LOGIN_FAILURE.LOCKED_UNTIL, (Instant) null)
                    .execute();
        }
        db.update(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.LOCKED_UNTIL, lockUntil)
                .where(LOGIN_FAILURE.SUBJECT.eq(subject))
                .and(LOGIN_FAILURE.FAILURES.ge(limit))
                .and(LOGIN_FAILURE.LOCKED_UNTIL.isNull().or(LOGIN_FAILURE.LOCKED_UNTIL.lt(now)))
                .execute();
    }

    void forget(String subject) {
        db.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.SUBJECT.eq(subject)).execute();
    }

    /** Drops windows that began before {@code before} and hold no lock still in force. */
    void forgetOld(Instant before, Instant now) {
        db.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.WINDOW_START_AT.lt(before))
                .and(LOGIN_FAILURE.LOCKED_UNTIL.isNull().or(LOGIN_FAILURE.LOCKED_UNTIL.lt(now)))
                .execute();
    }
}
