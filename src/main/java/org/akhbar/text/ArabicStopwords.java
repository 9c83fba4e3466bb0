package org.akhbar.text;

import java.util.Set;

/**
 * Function words that say nothing about what an article is about (في، من، إلى، التي …), in their
 * normalised spelling. Search leaves them out of the index and the query: they would match nearly
 * every article, cost the most to look up, and push real words down the ranking.
 *
 * <p>Deliberately short. علي stays searchable (it is also the name Ali, and على normalises to it),
 * and so do negations and numbers, which change a story's meaning.
 */
public final class ArabicStopwords {

    private static final Set<String> WORDS = Set.of(
            "في", "من", "الي", "عن", "مع", "ان", "او", "ثم", "قد", "لقد", "ما", "هذا", "هذه", "ذلك", "تلك",
            "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "كان", "كانت", "يكون", "تكون", "بين", "عند",
            "حتي", "اذا", "اي", "هو", "هي", "هم", "هما", "نحن", "انه", "انها", "حيث", "كما", "لكن", "ولكن",
            "وقد", "وفي", "ومن", "الا", "به", "بها", "له", "لها", "فيه", "فيها", "منه", "منها", "عليه", "عليها",
            "كل", "بعض", "غير", "يا", "و", "ف", "ب", "ل", "ك");

    private ArabicStopwords() {
    }

    /** Whether the normalised word is a function word. */
    public static boolean contains(String normalizedWord) {
        return WORDS.contains(normalizedWord);
    }
}
