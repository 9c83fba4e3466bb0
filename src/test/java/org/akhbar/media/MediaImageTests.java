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
    void onlyAGifIsServedAsUploaded() {
        assertThat(image(ImageType.GIF, 300, List.of()).url()).isEqualTo("/media/" + KEY + "/original.gif");
        assertThat(image(ImageType.JPEG, 800, List.of(320, 640, 800)).url()).isEqualTo("/media/" + KEY + "/800.jpg");
    }

    @Test
    void aRenditionIsServedAtItsWidthOrTheLargestStandsIn() {
        MediaImage image = image(ImageType.WEBP, 800, List.of(320, 640, 800));
        assertThat(image.url(320)).isEqualTo("/media/" + KEY + "/320.jpg");
        assertThat(image.url(1024)).isEqualTo("/media/" + KEY + "/800.jpg");
        assertThat(image.thumbnail()).isEqualTo("/media/" + KEY + "/320.jpg");
    }

    @Test
    void theSrcIsTheColumnWideRenditionOrTheLargest() {
        assertThat(image(ImageType.JPEG, 2000, List.of(320, 640, 1024, 1600, 2000)).src())
                .isEqualTo("/media/" + KEY + "/1024.jpg");
        assertThat(image(ImageType.PNG, 800, List.of(320, 640, 800)).src()).isEqualTo("/media/" + KEY + "/800.png");
    }

    @Test
    void theSrcsetListsEveryRendition() {
        assertThat(image(ImageType.PNG, 800, List.of(320, 640, 800)).srcset()).isEqualTo(
                "/media/" + KEY + "/320.png 320w, /media/" + KEY + "/640.png 640w, /media/" + KEY + "/800.png 800w");
        assertThat(image(ImageType.GIF, 2000, List.of()).srcset()).isEqualTo("/media/" + KEY + "/original.gif 2000w");
    }

    @Test
    void onlyItsPublicFilesHaveAContentType() {
        MediaImage webp = image(ImageType.WEBP, 800, List.of(320, 640, 800));
        assertThat(webp.contentTypeOf("original.webp")).isEmpty();   // kept, never served
        assertThat(webp.contentTypeOf("320.jpg")).contains("image/jpeg");
        assertThat(webp.contentTypeOf("original.jpg")).isEmpty();
        assertThat(webp.contentTypeOf("1024.jpg")).isEmpty();
        assertThat(webp.contentTypeOf("320.webp")).isEmpty();
        assertThat(image(ImageType.GIF, 800, List.of()).contentTypeOf("original.gif")).contains("image/gif");
        assertThat(image(ImageType.GIF, 800, List.of()).contentTypeOf("320.gif")).isEmpty();
    }
}
