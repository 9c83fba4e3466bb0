package org.akhbar.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

import org.akhbar.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImageDecoderTests {

    private static final long MEGABYTE = 1024 * 1024;

    private final ImageDecoder decoder = new ImageDecoder(20 * MEGABYTE, 40_000_000);

    private static void assertRefused(ImageDecoder decoder, byte[] content, String messageKey, Object... arguments) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> decoder.decode(content));
        assertThat(e).as(messageKey).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("file");
            assertThat(problem.messageKey()).isEqualTo(messageKey);
            assertThat(problem.arguments()).containsExactly(arguments);
        });
    }

    private void assertRefused(byte[] content, String messageKey) {
        assertRefused(decoder, content, messageKey);
    }

    private void assertDecoded(byte[] content, ImageType type, int width, int height) {
        DecodedImage image = decoder.decode(content);
        assertThat(image.type()).isEqualTo(type);
        assertThat(image.width()).isEqualTo(width);
        assertThat(image.height()).isEqualTo(height);
        assertThat(image.pixels().getWidth()).isEqualTo(width);
        assertThat(image.pixels().getHeight()).isEqualTo(height);
    }

    @Test
    void eachAcceptedTypeIsDecoded() {
        assertDecoded(TestImages.jpeg(120, 80), ImageType.JPEG, 120, 80);
        assertDecoded(TestImages.png(90, 60), ImageType.PNG, 90, 60);
        assertDecoded(TestImages.gif(30, 20), ImageType.GIF, 30, 20);
        assertDecoded(TestImages.animatedGif(30, 20), ImageType.GIF, 30, 20);
        assertDecoded(TestImages.WEBP_LOSSY, ImageType.WEBP, 6, 4);
        assertDecoded(TestImages.WEBP_TRANSPARENT, ImageType.WEBP, 400, 8);
    }

    @Test
    void aWebpKeepsItsTransparencyWhenDecoded() {
        var pixels = decoder.decode(TestImages.WEBP_TRANSPARENT).pixels();
        assertThat(pixels.getRGB(10, 4) >>> 24).isZero();
        assertThat(pixels.getRGB(390, 4)).isEqualTo(0xFFC81E1E);
    }

    @Test
    void svgAndHtmlAreRefusedAsNoImage() {
        assertRefused(TestImages.SVG, "media.error.type");
        assertRefused(TestImages.HTML, "media.error.type");
    }

    @Test
    void aScriptThatStartsLikeAGifIsRefusedForNotDecoding() {
        assertRefused(TestImages.GIF_POLYGLOT, "media.error.unreadable");
    }

    @Test
    void aJpegStartFollowedByGarbageIsRefused() {
        assertRefused(TestImages.jpegStartThenGarbage(), "media.error.unreadable");
    }

    @Test
    void aCutImageIsRefused() {
        byte[] png = TestImages.png(200, 200);
        assertRefused(Arrays.copyOf(png, png.length / 2), "media.error.unreadable");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "media.error.empty");
    }

    @Test
    void aHeaderClaimingHugeDimensionsIsRefusedBeforeAnyPixelIsRead() {
        // 100 000 × 100 000 pixels would take 40 GB to decode; the header alone is 33 bytes.
        assertRefused(decoder, TestImages.pngHeader(100_000, 100_000), "media.error.too-many-pixels", 40L);
    }

    @Test
    void theLimitOnPixelsCountsWidthTimesHeight() {
        ImageDecoder small = new ImageDecoder(20 * MEGABYTE, 2_500_000);
        assertRefused(small, TestImages.pngHeader(2000, 1251), "media.error.too-many-pixels", 2.5);
        assertThat(small.decode(TestImages.png(2000, 1250)).width()).isEqualTo(2000);
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        ImageDecoder small = new ImageDecoder(MEGABYTE, 40_000_000);
        byte[] big = new byte[(int) MEGABYTE + 1];
        System.arraycopy(TestImages.jpeg(10, 10), 0, big, 0, 100);
        InvalidInputException e = catchThrowableOfType(MediaTooLargeException.class, () -> small.decode(big));
        assertThat(e.problems().getFirst().messageKey()).isEqualTo("media.error.too-big");
        assertThat(e.problems().getFirst().arguments()).containsExactly(1L);
    }

    @Test
    void anUploadOverTheLimitIsNotReadToItsEnd() {
        ImageDecoder small = new ImageDecoder(MEGABYTE, 40_000_000);
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0;
            }
        };
        assertThat(catchThrowableOfType(MediaTooLargeException.class, () -> small.read(endless))).isNotNull();
        assertThat(read[0]).isEqualTo(MEGABYTE + 1);
        assertThat(small.read(new ByteArrayInputStream(new byte[(int) MEGABYTE]))).hasSize((int) MEGABYTE);
    }
}
