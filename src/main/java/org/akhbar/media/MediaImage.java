package org.akhbar.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.akhbar.platform.Cursor;

/**
 * An uploaded image as pages use it: where its original and its renditions are served, and what
 * it shows (alt text), says (caption) and who took it (credit).
 *
 * @param widths the widths of its renditions, smallest first, the last at the original's width (or
 *     {@code Renditions.LARGEST}); empty for a GIF
 */
public record MediaImage(long id, String storageKey, ImageType type, int width, int height, long byteSize,
        List<Integer> widths, String originalName, String alt, String caption, String credit, Instant createdAt) {

    private static final String PATH = "/media/";
    private static final String ORIGINAL = "original";
    /** The width of {@link #src()}: wide enough for an article's column on most screens. */
    static final int DEFAULT_WIDTH = 1024;
    /** The width of a thumbnail in the newsroom's media library. */
    static final int THUMBNAIL_WIDTH = 320;

    public MediaImage {
        widths = List.copyOf(widths);
    }

    /** Where the library's newest-first list continues after this image. */
    public Cursor position() {
        return new Cursor(createdAt, id);
    }

    public String contentType() {
        return type.contentType();
    }

    /**
     * The largest file readers may have: the widest rendition, or for a GIF the original (the only
     * file served as uploaded; other originals may carry camera data and GPS positions).
     */
    public String url() {
        return widths.isEmpty() ? PATH + storageKey + "/" + originalFileName() : url(widths.getLast());
    }

    /** The rendition {@code width} pixels wide, or the largest where none was made (the image is narrower). */
    public String url(int width) {
        return widths.contains(width)
                ? PATH + storageKey + "/" + renditionFileName(width, type.renditionType().orElseThrow())
                : url();
    }

    /** The default {@code src}: the 1024-pixel rendition, or the original. */
    public String src() {
        return url(DEFAULT_WIDTH);
    }

    public String thumbnail() {
        return url(THUMBNAIL_WIDTH);
    }

    /** Every size there is, for the browser to choose from: {@code "/media/K/320.jpg 320w, …, /media/K/2000.jpg 2000w"}. */
    public String srcset() {
        if (widths.isEmpty()) {
            return url() + " " + width + "w";
        }
        return widths.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The content type to serve a stored file of this image with, if it is one of its files. */
    public Optional<String> contentTypeOf(String fileName) {
        if (widths.isEmpty() && fileName.equals(originalFileName())) {
            return Optional.of(type.contentType());
        }
        return type.renditionType()
                .filter(rendition -> widths.stream().anyMatch(w -> fileName.equals(renditionFileName(w, rendition))))
                .map(ImageType::contentType);
    }

    String originalFileName() {
        return ORIGINAL + "." + type.extension();
    }

    static String renditionFileName(int width, ImageType type) {
        return width + "." + type.extension();
    }
}
