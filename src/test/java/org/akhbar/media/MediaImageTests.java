package org.akhbar.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MediaImageTests {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private static MediaImage image(ImageType type, int width, List<Integer> widths) {
        return new MediaImage(1, KEY, type, width, width / 2, 1000, widths, "photo.jpg", "alt", null, null,
                Instant.EPOCH);
    }

    @Test
    void theOriginalIsServedUnderItsOwnType() {
        assertThat(image(ImageType.JPEG, 2000, List.of()).url()).isEqualTo("/media/" + KEY + "/original.jpg");
        assertThat(image(ImageType.WEBP, 2000, List.of()).url()).isEqualTo("/media/" + KEY + "/original.webp");
    }

    @Test
    void aRenditionIsServedAtItsWidthOrTheOriginalStandsIn() {
        MediaImage image = image(ImageType.WEBP, 800, List.of(320, 640));
        assertThat(image.url(320)).isEqualTo("/media/" + KEY + "/320.jpg");
        assertThat(image.url(1024)).isEqualTo(image.url());
        assertThat(image.thumbnail()).isEqualTo("/media/" + KEY + "/320.jpg");
    }

    @Test
    void theSrcIsTheColumnWideRenditionOrTheOriginal() {
        assertThat(image(ImageType.JPEG, 2000, List.of(320, 640, 1024, 1600)).src())
                .isEqualTo("/media/" + KEY + "/1024.jpg");
        assertThat(image(ImageType.PNG, 800, List.of(320, 640)).src()).isEqualTo("/media/" + KEY + "/original.png");
    }

    @Test
    void theSrcsetListsEveryRenditionThenTheOriginal() {
        assertThat(image(ImageType.PNG, 800, List.of(320, 640)).srcset()).isEqualTo(
                "/media/" + KEY + "/320.png 320w, /media/" + KEY + "/640.png 640w, /media/" + KEY + "/original.png 800w");
        assertThat(image(ImageType.GIF, 2000, List.of()).srcset()).isEqualTo("/media/" + KEY + "/original.gif 2000w");
    }

    @Test
    void onlyItsOwnFilesHaveAContentType() {
        MediaImage webp = image(ImageType.WEBP, 800, List.of(320, 640));
        assertThat(webp.contentTypeOf("original.webp")).contains("image/webp");
        assertThat(webp.contentTypeOf("320.jpg")).contains("image/jpeg");
        assertThat(webp.contentTypeOf("original.jpg")).isEmpty();
        assertThat(webp.contentTypeOf("1024.jpg")).isEmpty();
        assertThat(webp.contentTypeOf("320.webp")).isEmpty();
        assertThat(image(ImageType.GIF, 800, List.of()).contentTypeOf("320.gif")).isEmpty();
    }
}
