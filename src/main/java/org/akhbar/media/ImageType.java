package org.akhbar.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of image the site accepts, told apart by their first bytes and never by a file's name
 * or the type a browser claims: an upload named {@code photo.jpg} that holds a PNG is a PNG, and
 * anything that starts like none of these (SVG, HTML, scripts) is refused.
 */
public enum ImageType {

    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png", "png"),
    GIF("image/gif", "gif", "gif"),
    WEBP("image/webp", "webp", "webp");

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF87A = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89A = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    /** At offset 8, after "RIFF" and the four bytes of the chunk size. */
    private static final byte[] WEBP_FORM = {'W', 'E', 'B', 'P'};

    private final String contentType;
    private final String extension;
    private final String formatName;

    ImageType(String contentType, String extension, String formatName) {
        this.contentType = contentType;
        this.extension = extension;
        this.formatName = formatName;
    }

    public String contentType() {
        return contentType;
    }

    /** The extension of stored files of this type, without the dot. */
    public String extension() {
        return extension;
    }

    /** The ImageIO format whose reader must decode this type. */
    String formatName() {
        return formatName;
    }

    /**
     * The type renditions of this type are written in: JPEG for photos (ImageIO writes no WebP),
     * PNG for PNG (it may be a chart or a logo with transparency), none for GIF (renditions would
     * stop an animation).
     */
    public Optional<ImageType> renditionType() {
        return switch (this) {
            case JPEG, WEBP -> Optional.of(JPEG);
            case PNG -> Optional.of(PNG);
            case GIF -> Optional.empty();
        };
    }

    /** What the content starts like, if it is one of the accepted types. */
    public static Optional<ImageType> sniff(byte[] content) {
        if (startsWith(content, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, GIF87A) || startsWith(content, 0, GIF89A)) {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public static Optional<ImageType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }
}
