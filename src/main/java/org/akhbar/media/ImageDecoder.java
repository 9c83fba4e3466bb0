package org.akhbar.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.akhbar.platform.InvalidInputException;

/**
 * Holds uploads to the limits and proves that each is the image it starts like, by decoding it with
 * the reader of that type only. The dimensions come from the header first, so a small file that
 * claims a huge picture (a decompression bomb) is refused before any pixel memory is taken.
 */
final class ImageDecoder {

    static {
        // The WebP reader comes from a library: make sure ImageIO has seen it whatever the class loader.
        ImageIO.scanForPlugins();
    }

    private static final long MEGABYTE = 1024 * 1024;

    private final long maxBytes;
    private final long maxPixels;

    ImageDecoder(long maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    /** The upload's bytes, read no further than one past the limit. */
    byte[] read(InputStream in) {
        try {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            checkSize(content);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an upload", e);
        }
    }

    DecodedImage decode(byte[] content) {
        checkSize(content);
        if (content.length == 0) {
            throw refused("media.error.empty");
        }
        ImageType type = ImageType.sniff(content).orElseThrow(() -> refused("media.error.type"));
        ImageReader reader = readerOf(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw refused("media.error.unreadable");
            }
            if ((long) width * height > maxPixels) {
                throw refused("media.error.too-many-pixels", inUnits(maxPixels, 1_000_000));
            }
            BufferedImage pixels = reader.read(0);
            if (pixels == null || pixels.getWidth() != width || pixels.getHeight() != height) {
                throw refused("media.error.unreadable");
            }
            if (type == ImageType.JPEG) {
                pixels = ExifOrientation.upright(pixels, ExifOrientation.of(content));
            }
            return new DecodedImage(type, pixels.getWidth(), pixels.getHeight(), pixels);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Readers fail on broken files in many ways, unchecked ones included: all mean "not an image".
            throw refused("media.error.unreadable");
        } finally {
            reader.dispose();
        }
    }

    private void checkSize(byte[] content) {
        if (content.length > maxBytes) {
            throw tooLarge();
        }
    }

    MediaTooLargeException tooLarge() {
        return new MediaTooLargeException(inUnits(maxBytes, MEGABYTE));
    }

    private static ImageReader readerOf(ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        return readers.next();
    }

    private static InvalidInputException refused(String messageKey, Object... arguments) {
        return new InvalidInputException("file", messageKey, arguments);
    }

    /** {@code n} counted in {@code unit}s for a message: 40 (millions of pixels), or 2.5 where it is not whole. */
    static Number inUnits(long n, long unit) {
        return n % unit == 0 ? (Number) (n / unit) : (Number) ((double) n / unit);
    }
}
