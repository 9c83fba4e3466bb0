package org.akhbar.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The spam rules that read the text: links and the blocklist on normalised Arabic. */
class CommentRulesTests {

    private static CommentRules rules(String... blocked) {
        return new CommentRules(Duration.ofSeconds(3), 2, List.of(blocked), 10, 5, Duration.ofMinutes(10), 5000);
    }

    @Test
    void aBlockedWordMatchesWhateverItsHamzaOrEnding() {
        CommentRules rules = rules("إسرائيل");
        assertThat(rules.suspicion("قارئ", "خبر عن اسرائيل")).isEqualTo("blocklist");
        assertThat(rules.suspicion("قارئ", "خبر عن إسرائيل")).isEqualTo("blocklist");
        assertThat(rules.suspicion("قارئ", "والإسرائيلية")).isEqualTo("blocklist");
        assertThat(rules.suspicion("قارئ", "خبر عن فلسطين")).isNull();
    }

    @Test
    void theBlocklistAlsoFoldsTaMarbutaAlefMaqsuraAndDiacritics() {
        CommentRules rules = rules("كلمة مسيئة", "مستشفى");
        assertThat(rules.suspicion("قارئ", "هذه كَلِمَه مسيئه")).isEqualTo("blocklist");
        assertThat(rules.suspicion("قارئ", "في المستشفي")).isEqualTo("blocklist");
    }

    @Test
    void theNameIsCheckedToo() {
        assertThat(rules("كازينو").suspicion("كازينو أونلاين", "تعليق عادي")).isEqualTo("blocklist");
        assertThat(rules().suspicion("https://spam.example", "تعليق عادي")).isEqualTo("links");
    }

    @Test
    void moreLinksThanAllowedIsSuspect() {
        assertThat(rules().suspicion("قارئ", "https://a.example https://b.example")).isNull();
        assertThat(rules().suspicion("قارئ", "https://a.example https://b.example www.c.example")).isEqualTo("links");
    }

    @Test
    void blankBlockedWordsAreIgnored() {
        assertThat(rules(" ", "").blockedWords()).isEmpty();
        assertThat(rules(" ", "").suspicion("قارئ", "أي نص")).isNull();
    }
}
