package org.akhbar.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;

import org.akhbar.platform.BadRequestException;
import org.junit.jupiter.api.Test;

class MediaCursorTests {

    @Test
    void aTokenReadsBackAsTheSamePosition() {
        MediaCursor cursor = new MediaCursor(Instant.ofEpochMilli(1_700_000_000_123L), 42);
        assertThat(cursor.token()).isEqualTo("1700000000123_42");
        assertThat(MediaCursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void aMalformedTokenIsABadRequest() {
        for (String token : new String[] {"", "abc", "_1", "1_", "1_x", "-1_2", "1_0", "1_2_3", "1".repeat(41) + "_1"}) {
            assertThatExceptionOfType(BadRequestException.class).as(token)
                    .isThrownBy(() -> MediaCursor.parse(token))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("media.error.bad-cursor"));
        }
    }
}
