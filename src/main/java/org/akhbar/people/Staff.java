package org.akhbar.people;

/**
 * A member of the newsroom, as the code that checks permissions sees them. {@code authorId} is
 * their byline: the author their articles are credited to.
 */
public record Staff(long id, String username, String displayName, Role role, long authorId) {

    public boolean atLeast(Role wanted) {
        return role.atLeast(wanted);
    }
}
