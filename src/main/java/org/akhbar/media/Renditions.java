package org.akhbar.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The responsive sizes of an upload, for {@code srcset}: each of {@link #WIDTHS} that is narrower
 * than the original, and the original's own width (at most {@link #LARGEST}). They are drawn afresh
 * and encoded without the original's metadata, so no camera data or GPS position reaches readers:
 * the original itself is kept but never served. GIFs get none: they may be animated.
 */
final class Renditions {

    static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);
    /** The widest rendition: the size a reader gets of a larger original. */
    static final int LARGEST = 2400;
    static final float JPEG_QUALITY = 0.82f;

    private Renditions() {
    }

    /** The rendition widths an image of this type and width gets, smallest first. */
    static List<Integer> widthsFor(ImageType type, int width) {
        if (type.renditionType().isEmpty()) {
            return List.of();
        }
        int largest = Math.min(width, LARGEST);
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < largest).toList());
        widths.add(largest);
        return List.copyOf(widths);
    }

    /** The renditions of {@code image}, smallest first. */
    static List<Rendition> of(DecodedImage image) {
        List<Integer> widths = widthsFor(image.type(), image.width());
        if (widths.isEmpty()) {
            return List.of();
        }
        ImageType output = image.type().renditionType().orElseThrow();
        boolean opaque = output == ImageType.JPEG || !image.pixels().getColorModel().hasAlpha();
        List<Rendition> renditions = new ArrayList<>();
        // From the largest down, each drawn from the one before: a fraction of the work, and every
        // step small enough for bicubic interpolation to keep it sharp.
        BufferedImage current = image.pixels();
        for (int width : widths.reversed()) {
            int height = Math.max(1, Math.round((float) image.height() * width / image.width()));
            current = scale(current, width, height, opaque);
            renditions.addFirst(new Rendition(width, height, output, encode(current, output)));
        }
        return List.copyOf(renditions);
    }

    /**
     * Halves the picture step by step, then draws it at the size wanted with bicubic
     * interpolation: one big bicubic step would skip most source pixels and leave the result
     * grainy. An opaque result is laid on white first: JPEG keeps no transparency.
     */
    static BufferedImage scale(BufferedImage source, int width, int height, boolean opaque) {
        int type = opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = w / 2 > width ? w / 2 : width;
            h = w == width ? height : Math.max(height, h / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION,
                        RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
                if (opaque) {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, w, h);
                }
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != width || h != height);
        return current;
    }

    static byte[] encode(BufferedImage image, ImageType type) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(type.formatName()).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type == ImageType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // No metadata given: the writer puts in only what decoding needs.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a " + type + " rendition", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
