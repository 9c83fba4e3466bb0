package org.akhbar.people;

import java.time.Instant;

/** A newsroom account as stored, without its password. */
public record Account(long id, String username, String displayName, String email, Role role, long authorId,
        Instant disabledAt, Instant createdAt) {

    public boolean enabled() {
        return disabledAt == null;
    }

    public Staff staff() {
        return new Staff(id, username, displayName, role, authorId);
    }
}
