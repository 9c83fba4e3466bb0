package org.akhbar.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.util.UriUtils;

/**
 * The addresses of the site an import came from, in the one form the redirect table keeps them:
 * the path decoded (Arabic slugs as letters, whatever the percent-encoding's case), without a
 * trailing slash, and for WordPress's query addresses ({@code /?p=123}) only the one parameter
 * that names the post, page, category, tag or author.
 */
public final class OldAddresses {

    /** WordPress's query parameters that name something on their own. */
    private static final Set<String> NAMING_PARAMETERS = Set.of("p", "page_id", "cat", "tag", "author", "attachment_id");
    private static final int MAX_KEY = 1000;

    private final String host;

    /** {@code siteUrl}: the old site's address, e.g. {@code https://example.com}. */
    OldAddresses(String siteUrl) {
        this.host = hostOf(siteUrl);
    }

    /** The key of a request to this site: where an old link lands once the domain points here. */
    public static Optional<String> key(String rawPath, String query) {
        String path = normalisePath(rawPath);
        if (path == null) {
            return Optional.empty();
        }
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    String name = pair.substring(0, equals);
                    String value = decode(pair.substring(equals + 1).replace('+', ' '));
                    if (NAMING_PARAMETERS.contains(name) && value != null && !value.isBlank()) {
                        String base = path.endsWith("/index.php") ? path.substring(0, path.length() - "/index.php".length()) : path;
                        return bounded((base.isEmpty() ? "/" : base) + "?" + name + "=" + value.strip());
                    }
                }
            }
        }
        return bounded(path);
    }

    /** The key of a link found in the export or in a post; empty when it points at another site. */
    Optional<String> keyOf(String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(href.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("http") && !uri.getScheme().equalsIgnoreCase("https")) {
            return Optional.empty();
        }
        if (uri.getRawAuthority() != null && !sameSite(uri.getHost())) {
            return Optional.empty();
        }
        if (uri.getRawAuthority() == null && (uri.getRawPath() == null || !uri.getRawPath().startsWith("/"))) {
            return Optional.empty();   // relative to the page it is on: nothing this import can place
        }
        return key(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(), uri.getRawQuery());
    }

    /** Whether a link points at the old site (absolute with its host, or a root-relative path). */
    boolean isOldSite(String href) {
        return keyOf(href).isPresent();
    }

    private boolean sameSite(String other) {
        return other != null && host != null && stripWww(other.toLowerCase(Locale.ROOT)).equals(host);
    }

    private static String hostOf(String url) {
        try {
            String host = url == null ? null : new URI(url.strip()).getHost();
            return host == null ? null : stripWww(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String normalisePath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String path = decode(rawPath);
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String decode(String raw) {
        try {
            return UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static Optional<String> bounded(String key) {
        return key.length() > MAX_KEY ? Optional.empty() : Optional.of(key);
    }
}
