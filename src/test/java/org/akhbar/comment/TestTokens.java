package org.akhbar.comment;

import java.time.Instant;

/** Form tokens for tests that post without first waiting out the minimum time. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token for a form shown a minute ago. */
    public static String shownAMinuteAgo(FormTokens tokens) {
        return tokens.issue(Instant.now().minusSeconds(60));
    }
}
