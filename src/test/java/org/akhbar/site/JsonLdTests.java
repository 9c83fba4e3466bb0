package org.akhbar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLdTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String NASTY = "«عاجل» \"اقتباس\"\nسطر جديد </script><script>alert(1)</script> & <!-- \u2028\u2029 \\ نهاية";

    @Test
    void nothingThatCouldEndTheScriptElementIsLeft() {
        String script = JsonLd.of(Map.of("headline", NASTY)).script();
        assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .doesNotContain("\u2028").doesNotContain("\u2029").doesNotContain("\n");
        assertThat(script).contains("\\u003c/script\\u003e").contains("\\u0026").contains("\\u2028").contains("\\u2029");
    }

    @Test
    void itParsesBackToExactlyWhatWasGiven() {
        JsonNode parsed = JSON.readTree(JsonLd.of(Map.of("headline", NASTY, "list", List.of("أ", "<b>"))).script());
        assertThat(parsed.get("headline").asString()).isEqualTo(NASTY);
        assertThat(parsed.get("list").get(1).asString()).isEqualTo("<b>");
    }

    @Test
    void escapingTouchesOnlyTheFiveCharacters() {
        assertThat(JsonLd.safeForScript("{\"a\":\"ب<>&\u2028\u2029\"}"))
                .isEqualTo("{\"a\":\"ب\\u003c\\u003e\\u0026\\u2028\\u2029\"}");
    }
}
