package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpellingEquivalencesTests {

    private static void check(SpellingEquivalences equivalences, String word, String... expected) {
        assertThat(equivalences.alternatives(SearchTerms.term(word)))
                .containsExactlyInAnyOrder(List.of(expected).stream().map(SearchTerms::term).toArray(String[]::new));
    }

    @Test
    void aLineIsAGroup() {
        SpellingEquivalences e = SpellingEquivalences.of(List.of("فاغنر فاجنر"));
        check(e, "فاجنر", "فاغنر", "فاجنر");
    }

    @Test
    void prefixedFormsFindTheirGroup() {
        SpellingEquivalences e = SpellingEquivalences.of(List.of("غوغل، جوجل"));
        check(e, "وجوجل", "غوغل", "جوجل");
    }

    @Test
    void separators() {
        assertThat(SpellingEquivalences.spellings(" غوغل، جوجل / قوقل,google ;Google"))
                .containsExactly("غوغل", "جوجل", "قوقل", "google", "Google");
    }

    @Test
    void groupsSharingASpellingMerge() {
        SpellingEquivalences e = SpellingEquivalences.of(List.of("غوغل جوجل", "جوجل قوقل"));
        check(e, "غوغل", "غوغل", "جوجل", "قوقل");
    }

    @Test
    void aWordOutsideEveryGroupIsItself() {
        SpellingEquivalences e = SpellingEquivalences.of(List.of("غوغل جوجل"));
        check(e, "لبنان", "لبنان");
    }

    @Test
    void aLineOfOneWordIsIgnored() {
        assertThat(SpellingEquivalences.of(List.of("غوغل", "  ")).isEmpty()).isTrue();
    }
}
