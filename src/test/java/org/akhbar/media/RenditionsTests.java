package org.akhbar.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class RenditionsTests {

    private final ImageDecoder decoder = new ImageDecoder(20 * 1024 * 1024, 40_000_000);

    private List<Rendition> renditionsOf(byte[] content) {
        return Renditions.of(decoder.decode(content));
    }

    @Test
    void aWidePhotoGetsEverySizeAsJpeg() {
        List<Rendition> renditions = renditionsOf(TestImages.jpeg(2000, 1000));
        assertThat(renditions).extracting(Rendition::width).containsExactly(320, 640, 1024, 1600, 2000);
        for (Rendition rendition : renditions) {
            assertThat(rendition.type()).isEqualTo(ImageType.JPEG);
            assertThat(ImageType.sniff(rendition.content())).contains(ImageType.JPEG);
            assertThat(rendition.fileName()).isEqualTo(rendition.width() + ".jpg");
            BufferedImage pixels = TestImages.read(rendition.content());
            assertThat(pixels.getWidth()).isEqualTo(rendition.width());
            assertThat(pixels.getHeight()).isEqualTo(rendition.width() / 2).isEqualTo(rendition.height());
        }
    }

    @Test
    void sizesNarrowerThanTheOriginalAreMadeAndTheOriginalsOwnWidthUpToTheLargest() {
        assertThat(Renditions.widthsFor(ImageType.JPEG, 700)).containsExactly(320, 640, 700);
        assertThat(Renditions.widthsFor(ImageType.JPEG, 640)).containsExactly(320, 640);
        assertThat(Renditions.widthsFor(ImageType.JPEG, 320)).containsExactly(320);
        assertThat(Renditions.widthsFor(ImageType.JPEG, 5000)).containsExactly(320, 640, 1024, 1600, 2400);
        assertThat(renditionsOf(TestImages.jpeg(300, 200))).extracting(Rendition::width).containsExactly(300);
    }

    @Test
    void aPngStaysAPngAndKeepsItsTransparency() {
        List<Rendition> renditions = renditionsOf(TestImages.transparentPng(800, 400));
        assertThat(renditions).extracting(Rendition::width).containsExactly(320, 640, 800);
        assertThat(renditions).allSatisfy(rendition -> {
            assertThat(rendition.fileName()).endsWith(".png");
            assertThat(ImageType.sniff(rendition.content())).contains(ImageType.PNG);
        });
        BufferedImage small = TestImages.read(renditions.getFirst().content());
        assertThat(small.getRGB(10, 100) >>> 24).isZero();
        assertThat(small.getRGB(310, 100) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void aWebpBecomesAJpegLaidOnWhite() {
        List<Rendition> renditions = renditionsOf(TestImages.WEBP_TRANSPARENT);
        assertThat(renditions).extracting(Rendition::fileName).containsExactly("320.jpg", "400.jpg");
        assertThat(renditions).allSatisfy(rendition ->
                assertThat(ImageType.sniff(rendition.content())).contains(ImageType.JPEG));
        BufferedImage pixels = TestImages.read(renditions.getFirst().content());
        assertThat(pixels.getWidth()).isEqualTo(320);
        assertNear(pixels.getRGB(40, 4), 0xFFFFFF);
        assertNear(pixels.getRGB(300, 4), 0xC81E1E);
    }

    @Test
    void aGifGetsNoneSoAnAnimationStaysAnimated() {
        assertThat(renditionsOf(TestImages.animatedGif(2000, 100))).isEmpty();
        assertThat(Renditions.widthsFor(ImageType.GIF, 2000)).isEmpty();
    }

    @Test
    void renditionsCarryNoneOfTheOriginalsMetadata() {
        byte[] original = TestImages.jpegWithGps(1200, 800);
        assertThat(contains(original, "GPSLatitude")).isTrue();
        assertThat(renditionsOf(original)).hasSize(4).allSatisfy(rendition -> {
            assertThat(contains(rendition.content(), "Exif")).isFalse();
            assertThat(contains(rendition.content(), "GPS")).isFalse();
        });
    }

    private static void assertNear(int argb, int rgb) {
        for (int shift : new int[] {16, 8, 0}) {
            assertThat((argb >> shift) & 0xFF).isCloseTo((rgb >> shift) & 0xFF, offset(12));
        }
    }

    private static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }
}
