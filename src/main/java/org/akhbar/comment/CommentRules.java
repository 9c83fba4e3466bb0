package org.akhbar.comment;

import java.time.Duration;
import java.util.List;

import org.akhbar.text.ArabicNormalizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The spam and abuse rules for reader comments, under {@code akhbar.comments.*}.
 *
 * @param minTime least time between showing the form and sending it; quicker is refused as "too fast"
 * @param maxLinks more addresses than this in one comment send it to the spam queue
 * @param blockedWords words that send a comment to the spam queue, matched on normalised Arabic
 *        inside any word (so {@code اسرائيل} also catches {@code والإسرائيلية})
 * @param addressLimit posts allowed from one address per {@code window}; more get 429
 * @param emailLimit posts allowed with one email per {@code window}; more get 429
 * @param window the rate limits' window
 * @param maxLength longest comment, in characters
 */
@ConfigurationProperties("akhbar.comments")
public record CommentRules(
        @DefaultValue("3s") Duration minTime,
        @DefaultValue("2") int maxLinks,
        @DefaultValue("") List<String> blockedWords,
        @DefaultValue("10") int addressLimit,
        @DefaultValue("5") int emailLimit,
        @DefaultValue("10m") Duration window,
        @DefaultValue("5000") int maxLength) {

    public static final int NAME_MAX = 80;
    public static final int EMAIL_MAX = 254;

    public CommentRules {
        blockedWords = blockedWords == null ? List.of() : blockedWords.stream()
                .map(ArabicNormalizer::normalize).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /** Which rule the text breaks, if any: {@code "links"} or {@code "blocklist"}. */
    String suspicion(String name, String text) {
        if (CommentText.links(text) > maxLinks || CommentText.links(name) > 0) {
            return "links";
        }
        String normalised = ArabicNormalizer.normalize(name + "\n" + text);
        for (String word : blockedWords) {
            if (normalised.contains(word)) {
                return "blocklist";
            }
        }
        return null;
    }
}
