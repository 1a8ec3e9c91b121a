package dev.analyze.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Decimals must print exactly what String.format does for the patterns tables use. */
class DecimalsProperties {

    private static String printf(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    @Property(tries = 3000)
    void agreesWithFormatterOnAnyDouble(@ForAll double value, @ForAll @IntRange(min = 0, max = 4) int places) {
        String pattern = "%." + places + "f";
        assertEquals(printf(pattern, value), Decimals.format(pattern, value), () -> Double.toString(value));
    }

    @Property(tries = 3000)
    void agreesWithFormatterOnTableSizedNumbers(@ForAll @DoubleRange(min = -200, max = 200) double value,
            @ForAll @IntRange(min = 0, max = 3) int places) {
        // the range readability scores and shares live in, where rounding ties actually occur
        String pattern = "%." + places + "f";
        assertEquals(printf(pattern, value), Decimals.format(pattern, value), () -> Double.toString(value));
    }

    @Example
    void agreesOnTiesNegativeZeroAndSpecialValues() {
        double[] values = {0.05, 0.15, 0.25, 1.005, 2.675, -0.04, -0.05, -0.0, 0.0, 1e-7, -1e-7, 123456789.125,
            1e20, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : values) {
            for (String pattern : new String[] {"%.0f", "%.1f", "%.2f", "%.3f", "%.1f%%"}) {
                assertEquals(printf(pattern, v), Decimals.format(pattern, v), pattern + " " + v);
            }
        }
    }

    @Example
    void acceptsOnlyTheFixedPointSubset() {
        assertTrue(Decimals.isPattern("%.1f"));
        assertTrue(Decimals.isPattern("%.1f%%"));
        assertFalse(Decimals.isPattern("%d"));
        assertFalse(Decimals.isPattern("%.1f %s"));
        assertFalse(Decimals.isPattern("%5.1f"));
        assertThrows(IllegalArgumentException.class, () -> Column.number("x", o -> 1.0, "%s"));
    }
}
