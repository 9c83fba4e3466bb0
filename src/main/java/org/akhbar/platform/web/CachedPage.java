package org.akhbar.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered reader page as it goes on the wire: the body, its gzip form and the headers that
 * describe it. The gzip form is made once, on the first request that accepts it, and then served
 * as it is. The ETag is a hash of the body, so every node gives the same page the same ETag.
 */
final class CachedPage {

    private static final int GZIP_THRESHOLD = 1024;

    private final byte[] body;
    private final String etag;
    private final String contentType;
    private final String contentLanguage;
    private final String cacheControl;
    private final long lastModified;
    private volatile byte[] gzipped;

    CachedPage(byte[] body, String contentType, String contentLanguage, String cacheControl, long lastModified) {
        this.body = body;
        this.etag = etagOf(body);
        this.contentType = contentType;
        this.contentLanguage = contentLanguage;
        this.cacheControl = cacheControl;
        this.lastModified = lastModified;
    }

    byte[] body() {
        return body;
    }

    String etag() {
        return etag;
    }

    String contentType() {
        return contentType;
    }

    String contentLanguage() {
        return contentLanguage;
    }

    String cacheControl() {
        return cacheControl;
    }

    long lastModified() {
        return lastModified;
    }

    boolean compressible() {
        return body.length >= GZIP_THRESHOLD;
    }

    /** The gzip form; two first requests at once may both compress, and either result serves. */
    byte[] gzipped() {
        byte[] compressed = gzipped;
        if (compressed == null) {
            compressed = gzip(body);
            gzipped = compressed;
        }
        return compressed;
    }

    /** Weight for the cache's memory bound: the body and, once made, about a third more for gzip. */
    int weight() {
        return body.length + body.length / 3 + 256;
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
