package org.akhbar.media;

/** A smaller copy of an upload, as stored: {@code <width>.<extension>} beside the original. */
record Rendition(int width, int height, ImageType type, byte[] content) {

    String fileName() {
        return MediaImage.renditionFileName(width, type);
    }
}
