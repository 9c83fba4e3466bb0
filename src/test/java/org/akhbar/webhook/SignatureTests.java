package org.akhbar.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureTests {

    @Test
    void theSignatureIsTheHexHmacOfTimestampDotBody() {
        // Reference value computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertThat(Signature.sign("whsec_test", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    }

    @Test
    void anotherTimestampOrBodyOrSecretSignsDifferently() {
        String base = Signature.sign("s", 1, "b");
        assertThat(Signature.sign("s", 2, "b")).isNotEqualTo(base);
        assertThat(Signature.sign("s", 1, "c")).isNotEqualTo(base);
        assertThat(Signature.sign("t", 1, "b")).isNotEqualTo(base);
    }
}
