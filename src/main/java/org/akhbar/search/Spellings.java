package org.akhbar.search;

import org.akhbar.text.SpellingEquivalences;
import org.springframework.stereotype.Component;

/** The spelling equivalences queries apply now, as last loaded (see {@link SpellingService}). */
@Component
class Spellings {

    private volatile SpellingEquivalences current = SpellingEquivalences.NONE;

    SpellingEquivalences current() {
        return current;
    }

    void replace(SpellingEquivalences equivalences) {
        current = equivalences;
    }
}
