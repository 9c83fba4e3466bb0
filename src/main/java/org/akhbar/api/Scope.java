package org.akhbar.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an API token may do besides reading. A token never does more than the account it acts
 * for may: the scopes narrow that account's permissions, they never widen them.
 */
public enum Scope {
    ARTICLES_CREATE("articles:create"),
    ARTICLES_UPDATE("articles:update"),
    ARTICLES_PUBLISH("articles:publish"),
    ARTICLES_UNPUBLISH("articles:unpublish");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    /** The name in the API's documentation and in storage, e.g. {@code articles:publish}. */
    public String code() {
        return code;
    }

    /** A key of the UI bundle describing the scope, e.g. {@code api.scope.articles-publish}. */
    public String messageKey() {
        return "api.scope." + code.replace(':', '-');
    }

    public static Optional<Scope> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** Scopes as stored: their codes, space-separated. */
    static String format(Collection<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::code).collect(Collectors.joining(" "));
    }

    static Set<Scope> read(String stored) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String code : stored.split(" ")) {
            parse(code).ifPresent(scopes::add);
        }
        return scopes;
    }
}
