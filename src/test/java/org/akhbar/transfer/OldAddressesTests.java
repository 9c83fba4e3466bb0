package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OldAddressesTests {

    private final OldAddresses old = new OldAddresses("https://www.news.example.com");

    @Test
    void aPathIsDecodedAndLosesItsTrailingSlash() {
        assertThat(OldAddresses.key("/2019/05/%D9%86%D9%81%D8%B7/", null)).contains("/2019/05/نفط");
        assertThat(OldAddresses.key("/2019/05/%d9%86%d9%81%d8%b7", null)).contains("/2019/05/نفط");
        assertThat(OldAddresses.key("/", null)).contains("/");
    }

    @Test
    void onlyTheParameterThatNamesSomethingIsKept() {
        assertThat(OldAddresses.key("/", "utm_source=x&p=123")).contains("/?p=123");
        assertThat(OldAddresses.key("/index.php", "page_id=7")).contains("/?page_id=7");
        assertThat(OldAddresses.key("/", "s=نفط")).contains("/");
    }

    @Test
    void linksToTheOldSiteWithOrWithoutWwwAreOurs() {
        assertThat(old.keyOf("https://news.example.com/2019/05/x/")).contains("/2019/05/x");
        assertThat(old.keyOf("http://www.news.example.com/?p=5")).contains("/?p=5");
        assertThat(old.keyOf("/category/news/")).contains("/category/news");
    }

    @Test
    void otherSitesRelativeLinksAndOtherSchemesAreNot() {
        assertThat(old.keyOf("https://other.example/2019/05/x/")).isEmpty();
        assertThat(old.keyOf("mailto:a@news.example.com")).isEmpty();
        assertThat(old.keyOf("x/y")).isEmpty();
        assertThat(old.keyOf("%%%")).isEmpty();
    }
}
