package org.akhbar.site;

import java.util.Map;

import org.akhbar.text.ArabicPlurals;
import org.akhbar.text.DigitStyle;

/**
 * UI text of one language, as templates and messages to people see it. Numbers are written in
 * the site's digit style before they reach a message, and counted nouns take the Arabic plural
 * form their number needs. Placeholders are {@code {0}}, {@code {1}} …
 *
 * <p>Immutable and lock-free: every page asks for dozens of texts.
 */
public final class Messages {

    private final Map<String, String> texts;
    private final DigitStyle digits;

    Messages(Map<String, String> texts, DigitStyle digits) {
        this.texts = Map.copyOf(texts);
        this.digits = digits;
    }

    /** The text of {@code key} with its placeholders filled; an unknown key is a bug, not a blank. */
    public String get(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No UI text " + key);
        }
        if (arguments.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        int open;
        while ((open = text.indexOf('{', from)) >= 0) {
            int close = text.indexOf('}', open);
            int index = close < 0 ? -1 : placeholder(text, open + 1, close);
            if (index < 0 || index >= arguments.length) {
                out.append(text, from, open + 1);
                from = open + 1;
                continue;
            }
            out.append(text, from, open).append(written(arguments[index]));
            from = close + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** A counted phrase: {@code key.zero}, {@code .one}, {@code .two}, {@code .few}, {@code .many} or {@code .other}. */
    public String count(String key, long n) {
        return get(key + "." + ArabicPlurals.category(n), n);
    }

    public String digits(Object value) {
        return digits.apply(String.valueOf(value));
    }

    private String written(Object argument) {
        return argument instanceof Number number ? digits.apply(number.toString()) : String.valueOf(argument);
    }

    private static int placeholder(String text, int from, int to) {
        if (from == to || to - from > 2) {
            return -1;
        }
        int index = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }
}
