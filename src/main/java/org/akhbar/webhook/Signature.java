package org.akhbar.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: {@code sha256=} and the hex HMAC-SHA256, keyed with the webhook's
 * secret, of the timestamp (the {@code X-Akhbar-Timestamp} header, Unix seconds), a dot, and the
 * body as sent. The timestamp is inside the signature so a receiver that refuses old timestamps
 * cannot be fooled by a replayed delivery with a fresh header.
 */
public final class Signature {

    public static final String HEADER = "X-Akhbar-Signature";
    public static final String TIMESTAMP_HEADER = "X-Akhbar-Timestamp";

    private Signature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
