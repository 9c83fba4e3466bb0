package org.akhbar.feed.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import org.akhbar.platform.ContentCache;
import org.akhbar.platform.ContentCaches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Sitemap files as last written, gzipped (a 50,000-address month is about 22 MB of XML but half a
 * megabyte gzipped), until content changes on any node. Without it every crawler's plain GET of a
 * month would walk the archive again, seconds of work that anyone could ask for over and over.
 * A file is kept while it is streamed to its first reader, so it is never held twice; one whose
 * gzipped form outgrows a quarter of the budget is streamed every time instead.
 */
@Component
class SitemapFileCache {

    private final ContentCache<String, byte[]> files;
    private final long largestFile;

    SitemapFileCache(ContentCaches caches, @Value("${akhbar.cache.sitemaps.max-size:32MB}") DataSize maxSize) {
        this.files = caches.create(maxSize.toBytes(), (String name, byte[] gzipped) -> 2 * name.length() + gzipped.length);
        this.largestFile = maxSize.toBytes() / 4;
    }

    /** The gzipped file, or null. */
    byte[] get(String key) {
        return files.getIfPresent(key);
    }

    boolean enabled() {
        return files.enabled();
    }

    /** Take it before reading what a file is made of, and give it to {@link #record}. */
    long generation() {
        return files.generation();
    }

    /** A stream that writes to {@code out} and keeps a gzipped copy for {@link Recorder#keep}. */
    Recorder record(String key, OutputStream out, long generation) {
        return new Recorder(key, out, generation);
    }

    /** Passes everything on to the reader and gzips a copy on the side, up to the size limit. */
    final class Recorder extends OutputStream {

        private final String key;
        private final OutputStream out;
        private final long generation;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream(64 * 1024);
        private GZIPOutputStream gzip;

        private Recorder(String key, OutputStream out, long generation) {
            this.key = key;
            this.out = out;
            this.generation = generation;
            try {
                this.gzip = enabled() ? new GZIPOutputStream(copy, 64 * 1024) : null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (gzip == null) {
                copy = null;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            if (gzip != null) {
                gzip.write(bytes, offset, length);
                if (copy.size() > largestFile) {
                    gzip = null;
                    copy = null;
                }
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** Keeps the copy, if it is whole and content did not change meanwhile. Call once the file is written. */
        void keep() throws IOException {
            if (gzip != null) {
                gzip.finish();
                files.put(key, copy.toByteArray(), generation);
                gzip = null;
                copy = null;
            }
        }
    }
}
