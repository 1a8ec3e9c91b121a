package dev.analyze.render;

import java.util.function.Function;

/**
 * One column of a table view of a record type: a header and how to get the cell value. Values
 * are formatted by {@link Cells}; {@code wrap} marks the one column that may wrap in table output.
 */
public record Column<T>(String header, Function<? super T, ?> value, boolean wrap, String numberFormat) {

    public static <T> Column<T> of(String header, Function<? super T, ?> value) {
        return new Column<>(header, value, false, null);
    }

    /** A long text column that wraps in table output instead of widening the table. */
    public static <T> Column<T> text(String header, Function<? super T, ?> value) {
        return new Column<>(header, value, true, null);
    }

    /** A number column with a {@link Decimals} pattern for table output, e.g. "%.1f". */
    public static <T> Column<T> number(String header, Function<? super T, ?> value, String format) {
        if (!Decimals.isPattern(format)) {
            throw new IllegalArgumentException("not a %.Nf pattern: " + format);
        }
        return new Column<>(header, value, false, format);
    }
}
