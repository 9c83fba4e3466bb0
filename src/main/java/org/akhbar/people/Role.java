package org.akhbar.people;

import java.util.Locale;
import java.util.Optional;

/**
 * What a member of the newsroom may do. Each role may do everything the one before it may:
 * a contributor writes drafts and submits them; an author also publishes their own articles; an
 * editor works on everyone's articles, sections and tags and moderates; an administrator also
 * manages accounts and the site's settings.
 */
public enum Role {
    CONTRIBUTOR, AUTHOR, EDITOR, ADMINISTRATOR;

    /** The value stored in the database and typed on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The authority Spring Security checks, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** Accepts the stored code and, for the command line, {@code admin} for administrator. */
    public static Optional<Role> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("admin")) {
            return Optional.of(ADMINISTRATOR);
        }
        for (Role role : values()) {
            if (role.code().equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
