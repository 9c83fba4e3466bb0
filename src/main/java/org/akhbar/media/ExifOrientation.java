package org.akhbar.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Phones store a photo as the sensor saw it and note in its Exif data how to turn it upright;
 * browsers obey that note when they show the original. Renditions are drawn anew without the note,
 * so they must be turned upright when they are made, or they would show on their side.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private static final int SOI = 0xD8;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};

    private ExifOrientation() {
    }

    /** The Exif orientation of a JPEG (1 to 8), or {@link #UPRIGHT} when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;   // fill byte before a marker
                continue;
            }
            if (marker == SOS || marker == SOI) {
                break;
            }
            int length = u16(jpeg, at + 2, true);
            if (marker == APP1 && startsWith(jpeg, at + 4, EXIF)) {
                return orientationIn(jpeg, at + 4 + EXIF.length, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    /** Reads tag 0x0112 of the first IFD of the TIFF structure in {@code [tiff, end)}. */
    private static int orientationIn(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return UPRIGHT;
        }
        boolean bigEndian = bytes[tiff] == 'M' && bytes[tiff + 1] == 'M';
        if (!bigEndian && !(bytes[tiff] == 'I' && bytes[tiff + 1] == 'I')) {
            return UPRIGHT;
        }
        long ifd = tiff + u32(bytes, tiff + 4, bigEndian);
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = u16(bytes, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (u16(bytes, entry, bigEndian) == ORIENTATION_TAG) {
                int value = u16(bytes, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** The picture as it is meant to be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        // Each maps a stored pixel (x, y) to its place in the upright picture.
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);    // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);   // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);    // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);     // mirrored, on its side
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);    // to be turned a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);   // mirrored, on its other side
            default -> new AffineTransform(0, -1, 1, 0, 0, w);   // 8: a quarter anticlockwise
        };
        BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] bytes, int at, boolean bigEndian) {
        if (at + 2 > bytes.length) {
            return 0;
        }
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    private static long u32(byte[] bytes, int at, boolean bigEndian) {
        return bigEndian
                ? (long) u16(bytes, at, true) << 16 | u16(bytes, at + 2, true)
                : (long) u16(bytes, at + 2, false) << 16 | u16(bytes, at, false);
    }
}
