package org.akhbar.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered reader page as it goes on the wire: the body, its gzip form (compressed once, not per
 * request) and the headers that describe it. The ETag is a hash of the body, so every node gives
 * the same page the same ETag.
 */
record CachedPage(byte[] body, byte[] gzipped, String etag, String contentType, String contentLanguage,
        String cacheControl, long lastModified) {

    private static final int GZIP_THRESHOLD = 1024;

    static CachedPage of(byte[] body, String contentType, String contentLanguage, String cacheControl,
            long lastModified) {
        byte[] gzipped = body.length >= GZIP_THRESHOLD ? gzip(body) : null;
        return new CachedPage(body, gzipped, etagOf(body), contentType, contentLanguage, cacheControl, lastModified);
    }

    /** Weight for the cache's memory bound. */
    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 256;
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
