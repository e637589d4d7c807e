package io.github.mtlint.numbers;

import io.github.mtlint.model.Span;

/**
 * A number found in a text: where it stands, what kind of number it is and its value.
 *
 * @param span        where the number stands, with its scale words and percent sign ("1.2 trillion", "百分之五")
 * @param value       its value: 1.2e12 for 1.2万亿, 30 for 三成 (percent), 9 for September
 * @param approximate marked as approximate by the text (约, 多, 余, "about", "more than")
 */
public record NumberMention(Span span, NumberKind kind, double value, boolean approximate) {

    /** The same number found at an offset into a longer text. */
    public NumberMention shift(int delta) {
        return new NumberMention(span.shift(delta), kind, value, approximate);
    }

    /** Whether the value is a whole number. */
    public boolean isWhole() {
        return value == Math.rint(value);
    }
}
