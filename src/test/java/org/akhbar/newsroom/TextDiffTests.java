package org.akhbar.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.akhbar.newsroom.TextDiff.Kind;
import org.akhbar.newsroom.TextDiff.Part;
import org.junit.jupiter.api.Test;

class TextDiffTests {

    @Test
    void sameTextsAreOneUnchangedPart() {
        assertThat(TextDiff.between("قال الوزير", "قال الوزير")).containsExactly(new Part(Kind.SAME, "قال الوزير"));
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        List<Part> parts = TextDiff.between("أعلنت الحكومة الليبية", "أعلنت الحكومة التركية");
        assertThat(parts).containsExactly(new Part(Kind.SAME, "أعلنت الحكومة "), new Part(Kind.REMOVED, "الليبية"),
                new Part(Kind.ADDED, "التركية"));
        assertThat(TextDiff.changed(parts)).isTrue();
    }

    @Test
    void addedWordsInMixedArabicAndLatinText() {
        List<Part> parts = TextDiff.between("قالت Reuters اليوم", "قالت وكالة Reuters اليوم 2026");
        assertThat(parts).extracting(Part::kind).contains(Kind.ADDED).doesNotContain(Kind.REMOVED);
        assertThat(parts.stream().filter(p -> p.kind() != Kind.ADDED).map(Part::text).reduce("", String::concat))
                .isEqualTo("قالت Reuters اليوم");
    }

    @Test
    void textsTooLongForWordsAreComparedByLine() {
        String line = "كلمة ".repeat(300) + "\n";
        String before = line.repeat(10);
        String after = line.repeat(9) + "سطر جديد\n";
        List<Part> parts = TextDiff.between(before, after);
        assertThat(parts).contains(new Part(Kind.ADDED, "سطر جديد\n"));
        assertThat(parts.getFirst()).isEqualTo(new Part(Kind.SAME, line.repeat(9)));
    }

    @Test
    void emptyAndNullAreTheSameNothing() {
        assertThat(TextDiff.between(null, "")).isEmpty();
        assertThat(TextDiff.between("", "نص")).containsExactly(new Part(Kind.ADDED, "نص"));
    }
}
