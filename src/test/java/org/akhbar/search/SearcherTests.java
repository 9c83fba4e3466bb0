package org.akhbar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearcherTests {

    private final TestIndex index = new TestIndex();

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, null, null, null, SearchRequest.Order.RELEVANCE, 0, 10);
    }

    @Test
    void findsHamzaSpellingsEitherWay() {
        index.add(1, "أردوغان يزور القاهرة", "زيارة رسمية").add(2, "اردوغان في أنقرة", "خطاب").ready();
        assertThat(index.ids("اردوغان")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(index.ids("أردوغان")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void everyWordIsRequired() {
        index.add(1, "الانتخابات في تركيا", "نص").add(2, "الانتخابات في مصر", "نص").ready();
        assertThat(index.ids("انتخابات تركيا")).containsExactly(1L);
    }

    @Test
    void theTitleWeighsMost() {
        index.add(1, "خبر عن الطقس", "الزلزال ضرب المدينة").add(2, "الزلزال يضرب المدينة", "خبر عن الطقس").ready();
        assertThat(index.ids("الزلزال")).containsExactly(2L, 1L);
    }

    @Test
    void phrasesMatchAsPhrases() {
        index.add(1, "رئيس الوزراء يستقيل", "نص").add(2, "الوزراء يجتمعون مع رئيس البلدية", "نص").ready();
        assertThat(index.ids("\"رئيس الوزراء\"")).containsExactly(1L);
        assertThat(index.ids("رئيس الوزراء")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void equivalentSpellingsApplyAtQueryTime() {
        index.equivalences("فاغنر فاجنر").add(1, "مجموعة فاغنر تنسحب", "نص").add(2, "قوات فاجنر في مالي", "نص").ready();
        assertThat(index.ids("فاجنر")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(index.ids("\"مجموعة فاجنر\"")).containsExactly(1L);
        index.equivalences();
        assertThat(index.ids("فاجنر")).containsExactly(2L);
    }

    @Test
    void filtersBySectionAndDate() {
        Instant day = Instant.parse("2026-03-01T10:00:00Z");
        index.add(1, "سوق الأسهم", "نص", day, List.of(), List.of(7L))
                .add(2, "سوق الذهب", "نص", day.plusSeconds(86_400 * 10), List.of(), List.of(8L)).ready();
        assertThat(index.search(new SearchRequest("سوق", 7L, null, null, SearchRequest.Order.RELEVANCE, 0, 10)).hits())
                .extracting(SearchResults.Hit::id).containsExactly(1L);
        assertThat(index.search(new SearchRequest("سوق", null, day.plusSeconds(86_400), null, SearchRequest.Order.RELEVANCE,
                0, 10)).hits()).extracting(SearchResults.Hit::id).containsExactly(2L);
    }

    @Test
    void sortsByDateAndPages() {
        for (long id = 1; id <= 5; id++) {
            index.add(id, "خبر رقم " + id, "نص");
        }
        index.ready();
        SearchResults first = index.search(new SearchRequest("خبر", null, null, null, SearchRequest.Order.DATE, 0, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hits()).extracting(SearchResults.Hit::id).containsExactly(5L, 4L);
        SearchResults last = index.search(new SearchRequest("خبر", null, null, null, SearchRequest.Order.DATE,
                first.nextOffset().orElseThrow() + 2, 2));
        assertThat(last.hits()).extracting(SearchResults.Hit::id).containsExactly(1L);
        assertThat(last.nextOffset()).isEmpty();
    }

    @Test
    void snippetsMarkTheMatchedWordsHoweverSpelled() {
        index.add(1, "عنوان", "افتتحت الحكومة اليوم مشروعاً، وقالت الحكومات المجاورة إنها ترحب.").ready();
        SearchResults.Snippet snippet = index.search(request("حكومة")).hits().getFirst().snippet();
        assertThat(snippet.parts().stream().filter(SearchResults.Snippet.Part::highlighted).map(SearchResults.Snippet.Part::text))
                .containsExactly("الحكومة", "الحكومات");
        assertThat(snippet.html()).contains("<mark>الحكومة</mark>");
    }

    @Test
    void snippetsFindAMatchFarIntoALongArticle() {
        String body = "كلام عام عن الطقس والأسواق. ".repeat(2_000) + "ثم أعلنت الحكومة خطتها الجديدة.";
        index.add(1, "عنوان", body).ready();
        SearchResults.Snippet snippet = index.search(request("حكومة")).hits().getFirst().snippet();
        assertThat(snippet.html()).contains("<mark>الحكومة</mark> خطتها");
        assertThat(snippet.text()).startsWith("… ");
    }

    @Test
    void snippetsStayOnTheWordAfterCharactersOfEveryWidth() {
        // Latin (one UTF-8 byte), Arabic (two), a symbol (three), emoji (four bytes, two UTF-16 units).
        String body = "Reuters قال ✓ 🙂🙂 ".repeat(300) + "أعلنت الحكومة خطتها 🙂 ثم انتهى.";
        index.add(1, "عنوان", body).ready();
        SearchResults.Snippet snippet = index.search(request("حكومة")).hits().getFirst().snippet();
        assertThat(snippet.html()).contains("أعلنت <mark>الحكومة</mark> خطتها 🙂 ثم انتهى.");
        assertThat(snippet.text()).doesNotEndWith("…");
    }

    @Test
    void countsMatchesUpToTheLastResultThatCanBeShown() {
        for (long id = 1; id <= Searcher.MAX_RESULTS; id++) {
            index.add(id, "خبر رقم " + id, "نص");
        }
        index.ready();
        SearchResults all = index.search(request("خبر"));
        assertThat(all.total()).isEqualTo(Searcher.MAX_RESULTS);
        assertThat(all.totalExact()).isTrue();
        index.add(Searcher.MAX_RESULTS + 1L, "خبر آخر", "نص").ready();
        SearchResults more = index.search(request("خبر"));
        assertThat(more.total()).isEqualTo(Searcher.MAX_RESULTS);
        assertThat(more.totalExact()).isFalse();
        assertThat(more.hits()).hasSize(10);
    }

    @Test
    void snippetsAreEscaped() {
        index.add(1, "عنوان", "نص فيه <script>alert(1)</script> والحكومة").ready();
        assertThat(index.search(request("حكومة")).hits().getFirst().snippet().html()).doesNotContain("<script>");
    }

    @Test
    void suggestsACloseSpellingWhenNothingMatches() {
        index.add(1, "أردوغان يزور القاهرة", "زيارة رسمية").ready();
        SearchResults none = index.search(request("اردغان"));
        assertThat(none.total()).isZero();
        assertThat(none.suggestion()).contains("اردوغان");
    }

    @Test
    void noSuggestionWhenNothingIsClose() {
        index.add(1, "أردوغان يزور القاهرة", "زيارة رسمية").ready();
        assertThat(index.search(request("كمبيوتر")).suggestion()).isEmpty();
    }

    @Test
    void functionWordsAloneFindNothingAndSayItIsNotSearchable() {
        index.add(1, "في القاهرة", "من هنا").ready();
        assertThat(index.ids("في من")).isEmpty();
        assertThat(index.searcher.searchable("في من")).isFalse();
        assertThat(index.searcher.searchable("\"\" ()")).isFalse();
        assertThat(index.searcher.searchable("القاهرة")).isTrue();
    }

    @Test
    void malformedInputNeverFails() {
        index.add(1, "القاهرة", "نص").ready();
        for (String q : List.of("\"", "\"\"\"", "AND OR NOT", "+-*?~^", "القاهرة\"", "((القاهرة", "\u0000\u0001",
                "\\", "field:value", "القاهرة~2", "*", "ـــ", "\u064B\u064C")) {
            assertThat(index.search(request(q))).isNotNull();
        }
        assertThat(index.ids("((القاهرة")).containsExactly(1L);
    }

    @Test
    void removedArticlesAreNotFound() {
        index.add(1, "القاهرة", "نص").ready();
        index.index.delete(1);
        index.ready();
        assertThat(index.ids("القاهرة")).isEmpty();
    }

    @Test
    void similarArticlesComeFromTheSameStoryFirst() {
        Instant t = Instant.parse("2026-05-01T00:00:00Z");
        index.add(1, "زلزال يضرب جنوب تركيا", "زلزال قوي ضرب ولايات الجنوب التركي وفرق الإنقاذ تبحث عن ناجين", t,
                List.of("زلزال"), List.of())
                .add(2, "ارتفاع حصيلة ضحايا زلزال تركيا", "فرق الإنقاذ تواصل البحث عن ناجين بعد الزلزال في الجنوب",
                        t.plusSeconds(86_400), List.of("زلزال"), List.of())
                .add(3, "أسعار الذهب ترتفع", "ارتفعت أسعار الذهب في الأسواق العالمية", t, List.of(), List.of())
                .add(4, "البنك المركزي يرفع الفائدة", "قرار البنك المركزي برفع أسعار الفائدة", t, List.of(), List.of())
                .ready();
        assertThat(index.similar.of(1)).startsWith(2L).doesNotContain(1L);
        assertThat(index.similar.of(99)).isEmpty();
    }
}
