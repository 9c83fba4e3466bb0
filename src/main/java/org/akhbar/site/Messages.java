package org.akhbar.site;

import java.util.Locale;

import org.akhbar.text.ArabicPlurals;
import org.akhbar.text.DigitStyle;
import org.springframework.context.MessageSource;

/**
 * UI text of one language, as templates see it. Numbers are written in the site's digit style
 * before they reach a message, and counted nouns take the Arabic plural form their number needs.
 */
public final class Messages {

    private final MessageSource source;
    private final Locale locale;
    private final DigitStyle digits;

    public Messages(MessageSource source, Locale locale, DigitStyle digits) {
        this.source = source;
        this.locale = locale;
        this.digits = digits;
    }

    public String get(String key, Object... arguments) {
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = arguments[i] instanceof Number number ? digits.apply(number.toString()) : arguments[i];
        }
        return source.getMessage(key, written, locale);
    }

    /** A counted phrase: {@code key.zero}, {@code .one}, {@code .two}, {@code .few}, {@code .many} or {@code .other}. */
    public String count(String key, long n) {
        return get(key + "." + ArabicPlurals.category(n), n);
    }

    public String digits(Object value) {
        return digits.apply(String.valueOf(value));
    }
}
