package org.akhbar.site;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON-LD document ready to go inside {@code <script type="application/ld+json">}: written by a
 * JSON library (never by string concatenation), then with {@code <}, {@code >}, {@code &} and the
 * JavaScript line separators U+2028 and U+2029 written as {@code \u003c} and so on. Those can only
 * occur inside JSON strings, where the escape means the same character, so the JSON parses back
 * to exactly what was given, while a title holding {@code </script>} cannot end the element.
 *
 * <p>It is template {@link Content}, printed as it is: the one kind of value a page prints
 * unescaped besides article HTML, and only this class can make one.
 */
public final class JsonLd implements Content {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String script;

    private JsonLd(String script) {
        this.script = script;
    }

    /** Serialises a value (maps, lists, strings, numbers) and makes it safe for a script element. */
    public static JsonLd of(Object value) {
        return new JsonLd(safeForScript(JSON.writeValueAsString(value)));
    }

    static String safeForScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The JSON text as printed. */
    public String script() {
        return script;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(script);
    }

    @Override
    public String toString() {
        return script;
    }
}
