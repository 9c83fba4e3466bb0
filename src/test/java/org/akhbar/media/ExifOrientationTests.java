package org.akhbar.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

class ExifOrientationTests {

    private final ImageDecoder decoder = new ImageDecoder(20 * 1024 * 1024, 40_000_000);

    /** Where the red square, stored top left, is seen once the photo is upright. */
    private void check(int orientation, boolean onItsSide, boolean right, boolean bottom) {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            byte[] jpeg = TestImages.jpegWithOrientation(400, 200, orientation, order);
            assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);
            DecodedImage image = decoder.decode(jpeg);
            assertThat(image.width()).isEqualTo(onItsSide ? 200 : 400);
            assertThat(image.height()).isEqualTo(onItsSide ? 400 : 200);
            BufferedImage pixels = image.pixels();
            int x = right ? image.width() - 10 : 10;
            int y = bottom ? image.height() - 10 : 10;
            assertThat(isRed(pixels.getRGB(x, y))).as("orientation %d, %s", orientation, order).isTrue();
            assertThat(isRed(pixels.getRGB(image.width() - 1 - x, image.height() - 1 - y))).isFalse();
        }
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    @Test
    void upright() {
        check(1, false, false, false);
    }

    @Test
    void mirrored() {
        check(2, false, true, false);
    }

    @Test
    void upsideDown() {
        check(3, false, true, true);
    }

    @Test
    void mirroredUpsideDown() {
        check(4, false, false, true);
    }

    @Test
    void mirroredOnItsSide() {
        check(5, true, false, false);
    }

    @Test
    void toBeTurnedAQuarterClockwise() {
        check(6, true, true, false);
    }

    @Test
    void mirroredOnItsOtherSide() {
        check(7, true, true, true);
    }

    @Test
    void toBeTurnedAQuarterAnticlockwise() {
        check(8, true, false, true);
    }

    @Test
    void aJpegWithoutExifOrWithBrokenExifIsTakenAsUpright() {
        assertThat(ExifOrientation.of(TestImages.jpeg(20, 20))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(TestImages.jpegWithGps(20, 20))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(TestImages.jpegStartThenGarbage())).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(TestImages.jpegWithOrientation(20, 20, 9, ByteOrder.BIG_ENDIAN)))
                .isEqualTo(ExifOrientation.UPRIGHT);
    }

    @Test
    void renditionsOfAPhotoOnItsSideAreUpright() {
        DecodedImage image = decoder.decode(TestImages.jpegWithOrientation(1000, 500, 6, ByteOrder.BIG_ENDIAN));
        assertThat(Renditions.of(image)).extracting(Rendition::width, Rendition::height)
                .containsExactly(tuple(320, 640), tuple(500, 1000));
    }
}
