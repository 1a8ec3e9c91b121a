package dev.analyze.render;

import dev.analyze.Labelled;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns cell values into text: empties as "-", lists joined, enums by label, doubles rounded. */
public final class Cells {

    private Cells() {
    }

    /** Text for people (table, markdown). */
    public static String display(Object value, String numberFormat) {
        Object v = unwrap(value);
        if (v == null) {
            return "-";
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "-" : c.stream().map(x -> display(x, numberFormat)).collect(Collectors.joining(", "));
        }
        if ((v instanceof Double || v instanceof Float) && numberFormat == null) {
            return Decimals.format(((Number) v).doubleValue(), 2);
        }
        if (v instanceof Number n && numberFormat != null) {
            return Decimals.format(numberFormat, n.doubleValue());
        }
        return TerminalText.cell(raw(v));
    }

    /** Text for machines (CSV, TSV): full precision, empties as "", lists joined by "; ". */
    public static String machine(Object value) {
        Object v = unwrap(value);
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Cells::machine).collect(Collectors.joining("; "));
        }
        return raw(v);
    }

    static boolean isNumeric(Object value) {
        return unwrap(value) instanceof Number;
    }

    private static Object unwrap(Object value) {
        if (value instanceof Optional<?> o) {
            return o.orElse(null);
        }
        return value;
    }

    private static String raw(Object v) {
        if (v instanceof Labelled l) {
            return l.label();
        }
        return String.valueOf(v);
    }
}
