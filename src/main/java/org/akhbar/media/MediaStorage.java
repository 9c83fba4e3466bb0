package org.akhbar.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where media files are kept: a folder by default ({@link FolderStorage}); an object store would be
 * the other. Files are grouped under a storage key, one per upload ({@code KEY/original.jpg},
 * {@code KEY/320.jpg} …), and never change once written.
 */
public interface MediaStorage {

    /** A storage key: 16 random bytes in lower-case hex. Nothing else may reach a storage. */
    String KEY_PATTERN = "[0-9a-f]{32}";
    /** A file under a key: the original or a rendition. */
    String FILE_PATTERN = "(?:original|[1-9][0-9]{1,3})\\.(?:jpg|png|gif|webp)";

    /** Writes a file whole or not at all. */
    void put(String key, String fileName, byte[] content) throws IOException;

    /** The file to read, or empty if there is none; the caller closes it. */
    Optional<StoredFile> open(String key, String fileName) throws IOException;

    boolean exists(String key, String fileName) throws IOException;

    /** Removes every file under {@code key}; nothing to remove is no error. */
    void delete(String key) throws IOException;

    /** An open stored file and its length in bytes. */
    record StoredFile(InputStream content, long size) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
