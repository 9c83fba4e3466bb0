package org.akhbar.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Media files in a folder ({@code akhbar.media.dir}, by default {@code media} in the data
 * directory), one sub-folder per storage key. A file is written beside its place under a temporary
 * name and moved there in one step, so a reader never sees half a file. Keys and file names must
 * match strict patterns before any path is built from them: no {@code ..}, no separators.
 */
@Component
class FolderStorage implements MediaStorage {

    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);
    private static final Pattern FILE = Pattern.compile(FILE_PATTERN);

    private final Path root;

    FolderStorage(@Value("${akhbar.media.dir:${akhbar.data-dir}/media}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, String fileName, byte[] content) throws IOException {
        Path target = pathOf(key, fileName);
        Path folder = Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(folder, ".upload-", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<StoredFile> open(String key, String fileName) throws IOException {
        Path path = pathOf(key, fileName);
        try {
            SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ);
            try {
                return Optional.of(new StoredFile(Channels.newInputStream(channel), channel.size()));
            } catch (IOException e) {
                channel.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key, String fileName) {
        return Files.isRegularFile(pathOf(key, fileName));
    }

    @Override
    public void delete(String key) throws IOException {
        Path folder = folderOf(key);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    private Path folderOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key);
    }

    private Path pathOf(String key, String fileName) {
        if (fileName == null || !FILE.matcher(fileName).matches()) {
            throw new IllegalArgumentException("Not a media file name: " + fileName);
        }
        Path path = folderOf(key).resolve(fileName).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Outside the media folder: " + path);
        }
        return path;
    }
}
