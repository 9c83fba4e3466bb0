package org.akhbar.people;

import static org.akhbar.schema.Tables.ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.akhbar.schema.tables.records.AccountRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** All SQL about newsroom accounts. Usernames are stored in lower case and compared so. */
@Repository
public class AccountRepository {

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    /** An account with its password hash: only for signing in. */
    record Credentials(Account account, String passwordHash) {
    }

    public boolean isEmpty() {
        return !db.fetchExists(ACCOUNT);
    }

    public Optional<Account> findById(long id) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    public Optional<Account> findByUsername(String username) {
        return findCredentials(username).map(Credentials::account);
    }

    Optional<Credentials> findCredentials(String username) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.eq(normalise(username)))
                .fetchOptional(r -> new Credentials(toAccount(r), r.getPasswordHash()));
    }

    public List<Account> findAll() {
        return db.selectFrom(ACCOUNT).orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID).fetch(AccountRepository::toAccount);
    }

    long insert(String username, String displayName, String email, String passwordHash, Role role, long authorId,
            Instant now) {
        return db.insertInto(ACCOUNT)
                .set(ACCOUNT.USERNAME, normalise(username))
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.EMAIL, email)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.ROLE, role.code())
                .set(ACCOUNT.AUTHOR_ID, authorId)
                .set(ACCOUNT.CREATED_AT, now)
                .set(ACCOUNT.UPDATED_AT, now)
                .returning(ACCOUNT.ID)
                .fetchOne()
                .getId();
    }

    boolean existsByUsername(String username) {
        return db.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(normalise(username)));
    }

    void updateRole(long id, Role role, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.ROLE, role.code()).set(ACCOUNT.UPDATED_AT, now).where(ACCOUNT.ID.eq(id)).execute();
    }

    void updatePassword(long id, String passwordHash, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).set(ACCOUNT.UPDATED_AT, now)
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    void updateDisabled(long id, Instant disabledAt, Instant now) {
        db.update(ACCOUNT).set(ACCOUNT.DISABLED_AT, disabledAt).set(ACCOUNT.UPDATED_AT, now)
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Account toAccount(AccountRecord r) {
        return new Account(r.getId(), r.getUsername(), r.getDisplayName(), r.getEmail(),
                Role.parse(r.getRole()).orElseThrow(), r.getAuthorId(), r.getDisabledAt(), r.getCreatedAt());
    }
}
