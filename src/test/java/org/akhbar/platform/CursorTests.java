package org.akhbar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.Cursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTests {

    @Test
    void roundTripsThroughItsToken() {
        Cursor cursor = new Cursor(Instant.ofEpochMilli(1_764_400_000_123L), 42);
        assertThat(cursor.token()).isEqualTo("1764400000123_42");
        assertThat(Cursor.parse(cursor.token())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_", "abc", "12_", "_12", "12_ab", "-5_3", "5_0", "1_2_3", "99999999999999999999_1",
            "1'; drop table article; --_1"})
    void aMalformedTokenIsABadRequest(String token) {
        assertThatThrownBy(() -> Cursor.parse(token)).isInstanceOf(BadRequestException.class);
    }
}
