package org.akhbar.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The copied {@code wp-content/uploads} folder an import takes attachments from. A path from the
 * export is untrusted: it is resolved inside the folder, normalised, and refused when it would
 * leave it ({@code ../}, an absolute path) or when a symbolic link on the way leads out of it.
 * Nothing is ever fetched from the network.
 */
final class MediaFolder {

    private final Path root;

    MediaFolder(Path folder) throws IOException {
        this.root = folder.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new IOException(folder + " is not a directory");
        }
    }

    /** Why a file could not be taken, as a message key of the UI bundle. */
    record Refusal(String messageKey) {
    }

    /** The file at this path inside the folder, or why not. */
    Result resolve(String relative) {
        if (relative == null || relative.isBlank() || relative.indexOf('\0') >= 0) {
            return new Result(Optional.empty(), new Refusal("wordpress.media.no-path"));
        }
        Path candidate;
        try {
            Path given = Path.of(relative.strip());
            if (given.isAbsolute() || given.getRoot() != null) {
                return new Result(Optional.empty(), new Refusal("wordpress.media.outside"));
            }
            candidate = root.resolve(given).normalize();
        } catch (InvalidPathException e) {
            return new Result(Optional.empty(), new Refusal("wordpress.media.outside"));
        }
        if (!candidate.startsWith(root)) {
            return new Result(Optional.empty(), new Refusal("wordpress.media.outside"));
        }
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return new Result(Optional.empty(), new Refusal("wordpress.media.missing"));
        }
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(root)) {
                return new Result(Optional.empty(), new Refusal("wordpress.media.outside"));
            }
            if (!Files.isRegularFile(real)) {
                return new Result(Optional.empty(), new Refusal("wordpress.media.missing"));
            }
            return new Result(Optional.of(real), null);
        } catch (IOException e) {
            return new Result(Optional.empty(), new Refusal("wordpress.media.missing"));
        }
    }

    /** A file to read, or the refusal. */
    record Result(Optional<Path> file, Refusal refusal) {
    }
}
