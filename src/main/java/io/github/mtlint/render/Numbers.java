package io.github.mtlint.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding for scores and penalties in reports, so that output is stable and readable. */
final class Numbers {

    private Numbers() {
    }

    static double round2(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) > 1e12) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** "50.1", "90", "12.35": no trailing zeros. */
    static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(round2(value)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
