package dev.analyze.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed-point number text for tables, as {@code String.format(Locale.ROOT, "%.2f", x)} gives it
 * (round half up on the shortest decimal form of the double, sign kept on a rounded-away negative),
 * without {@link java.util.Formatter}: its first use loads locale data, which cost a one-shot run
 * about 10 ms. Patterns are the {@code "%.Nf"} subset, with an optional literal suffix ("%%" is "%").
 */
public final class Decimals {

    private static final Pattern PATTERN = Pattern.compile("%\\.(\\d)f(.*)");

    private Decimals() {
    }

    /** Whether {@code pattern} is one this class formats, e.g. "%.1f" or "%.1f%%". */
    public static boolean isPattern(String pattern) {
        return parse(pattern) != null;
    }

    /** {@code value} formatted by {@code pattern} (see {@link #isPattern}). */
    public static String format(String pattern, double value) {
        Matcher m = parse(pattern);
        if (m == null) {
            throw new IllegalArgumentException("not a %.Nf pattern: " + pattern);
        }
        return format(value, m.group(1).charAt(0) - '0') + m.group(2).replace("%%", "%");
    }

    private static Matcher parse(String pattern) {
        Matcher m = PATTERN.matcher(pattern);
        return m.matches() && !m.group(2).replace("%%", "").contains("%") ? m : null;
    }

    /** {@code value} with {@code places} digits after the point. */
    public static String format(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP);
        String text = rounded.toPlainString();
        boolean negative = value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE;
        return negative && rounded.signum() == 0 ? "-" + text : text;
    }
}
