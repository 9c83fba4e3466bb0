package org.akhbar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicPluralsTests {

    private static void check(long n, String expected) {
        assertThat(ArabicPlurals.category(n)).as("category of %d", n).isEqualTo(expected);
    }

    @Test
    void zeroHasItsOwnForm() {
        check(0, "zero");
    }

    @Test
    void oneAndTwoHaveTheirOwnForms() {
        check(1, "one");
        check(2, "two");
    }

    @Test
    void threeToTenTakeThePluralOfFew() {
        check(3, "few");
        check(10, "few");
        check(103, "few");
    }

    @Test
    void elevenToNinetyNineTakeTheSingularAccusative() {
        check(11, "many");
        check(99, "many");
        check(1011, "many");
    }

    @Test
    void hundredsAndTheirFirstTwoTakeOther() {
        check(100, "other");
        check(101, "other");
        check(102, "other");
        check(1000, "other");
    }
}
