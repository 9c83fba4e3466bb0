package org.akhbar.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images made in code for the tests, and a few files that only pretend to be images. */
public final class TestImages {

    /**
     * A 6 × 4 lossy WebP (a colour gradient), made with {@code cwebp -q 80}; {@code dwebp} and the
     * WebP reader both decode it.
     */
    public static final byte[] WEBP_LOSSY = Base64.getDecoder().decode(
            "UklGRloAAABXRUJQVlA4IE4AAABQAgCdASoGAAQAAUAmJbACdLoA1AADq2ZaBgAA/u+pfp5qsk4WL/8uRRTI3rmJVbYP3C0W"
                    + "rY7/1HE+IDyQ4bZxeh8HJiou//owLvggAAA=");

    /**
     * A 400 × 8 lossless WebP with transparency, made with {@code cwebp -lossless -exact}: the left
     * half fully transparent, the right half opaque red (200, 30, 30).
     */
    public static final byte[] WEBP_TRANSPARENT = Base64.getDecoder().decode(
            "UklGRioAAABXRUJQVlA4TB0AAAAvj8EBEA8wHoM8HvMfhxASEP6fVkUxov8TQG9/FwA=");

    public static final byte[] SVG = ascii("""
            <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\
            <script>alert(document.cookie)</script></svg>""");
    public static final byte[] HTML = ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    /** Starts like a GIF for a server that checks only the first bytes, runs as PHP or HTML anywhere else. */
    public static final byte[] GIF_POLYGLOT = ascii("GIF89a<?php system($_GET['c']); ?><script>alert(1)</script>");

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /** A PNG whose left half is fully transparent. */
    public static byte[] transparentPng(int width, int height) {
        BufferedImage image = picture(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width / 2; x++) {
                image.setRGB(x, y, 0);
            }
        }
        return write(image, "png");
    }

    public static byte[] gif(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_BYTE_INDEXED), "gif");
    }

    /** A GIF of two frames that loops. */
    public static byte[] animatedGif(int width, int height) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Color color : new Color[] {Color.RED, Color.BLUE}) {
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
                Graphics2D g = frame.createGraphics();
                g.setColor(color);
                g.fillRect(0, 0, width, height);
                g.dispose();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "50");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A JPEG carrying an Exif segment with a GPS position in it, as phones write them. */
    public static byte[] jpegWithGps(int width, int height) {
        return withExif(jpeg(width, height), ascii("Exif\0\0MM\0*\0\0\0\bGPSLatitude=33.5138;GPSLongitude=36.2765"));
    }

    /**
     * A white JPEG with a red square in its top left corner as stored, and an Exif orientation
     * (1 to 8) that tells a viewer how to turn it, in the byte order given.
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation, ByteOrder order) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        ByteBuffer tiff = ByteBuffer.allocate(26).order(order);
        tiff.put(order == ByteOrder.BIG_ENDIAN ? ascii("MM") : ascii("II")).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);                                          // one entry in the first IFD
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);      // Orientation, SHORT, one value
        tiff.putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);                                                   // no next IFD
        byte[] exif = ByteBuffer.allocate(6 + 26).put(ascii("Exif\0\0")).put(tiff.array()).array();
        return withExif(write(image, "jpeg"), exif);
    }

    private static byte[] withExif(byte[] jpeg, byte[] exif) {
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2);                       // SOI
        out.put((byte) 0xFF).put((byte) 0xE1);     // APP1
        out.putShort((short) (exif.length + 2));
        out.put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** Only the signature and header of a PNG that claims to be {@code width} × {@code height}. */
    public static byte[] pngHeader(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(8 + 25);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = ByteBuffer.allocate(17).put(ascii("IHDR")).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        header.putInt(13).put(ihdr).putInt((int) crc.getValue());
        return header.array();
    }

    /** A JPEG's first bytes and then noise. */
    public static byte[] jpegStartThenGarbage() {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    public static BufferedImage read(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Diagonal stripes in a few colours: something to scale that is not flat. */
    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        Color[] colors = {new Color(0x1F4E79), new Color(0xC00000), new Color(0xFFC000), Color.WHITE};
        for (int i = 0; i < (width + height) / 20 + 1; i++) {
            g.setColor(colors[i % colors.length]);
            g.fillPolygon(new int[] {i * 20, i * 20 + 20, i * 20 + 20 - height, i * 20 - height},
                    new int[] {0, 0, height, height}, 4);
        }
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
