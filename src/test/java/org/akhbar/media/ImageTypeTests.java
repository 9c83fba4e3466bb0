package org.akhbar.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageTypeTests {

    private static ImageType sniffed(byte[] content) {
        return ImageType.sniff(content).orElse(null);
    }

    @Test
    void eachAcceptedTypeIsKnownByItsFirstBytes() {
        assertThat(sniffed(TestImages.jpeg(8, 8))).isEqualTo(ImageType.JPEG);
        assertThat(sniffed(TestImages.png(8, 8))).isEqualTo(ImageType.PNG);
        assertThat(sniffed(TestImages.gif(8, 8))).isEqualTo(ImageType.GIF);
        assertThat(sniffed("GIF87a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ImageType.GIF);
        assertThat(sniffed(TestImages.WEBP_LOSSY)).isEqualTo(ImageType.WEBP);
        assertThat(sniffed(TestImages.WEBP_TRANSPARENT)).isEqualTo(ImageType.WEBP);
    }

    @Test
    void markupAndScriptsAreNoImage() {
        assertThat(sniffed(TestImages.SVG)).isNull();
        assertThat(sniffed(TestImages.HTML)).isNull();
        assertThat(sniffed("<?php echo 1; ?>".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void otherRiffFilesAndCutSignaturesAreNoImage() {
        assertThat(sniffed("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(sniffed("RIFF\0\0\0\0WEB".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(sniffed("GIF8".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(sniffed(new byte[] {(byte) 0xFF, (byte) 0xD8})).isNull();
        assertThat(sniffed(new byte[0])).isNull();
    }

    @Test
    void photosAreRenderedAsJpegPngAsPngAndGifNotAtAll() {
        assertThat(ImageType.JPEG.renditionType()).contains(ImageType.JPEG);
        assertThat(ImageType.WEBP.renditionType()).contains(ImageType.JPEG);
        assertThat(ImageType.PNG.renditionType()).contains(ImageType.PNG);
        assertThat(ImageType.GIF.renditionType()).isEmpty();
    }
}
