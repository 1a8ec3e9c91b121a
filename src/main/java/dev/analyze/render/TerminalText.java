package dev.analyze.render;

/**
 * Makes document text safe to print: control characters, escape sequences and bidirectional
 * overrides become visible notation, so an article cannot move the cursor, retitle the window,
 * hide text with a carriage return or reorder what the reader sees.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** Neutralises controls; line breaks and tabs become single spaces (a cell is one line). */
    public static String cell(CharSequence s) {
        return clean(s, false);
    }

    /** Neutralises controls but keeps line feeds (for multi-line text such as {@code show}). */
    public static String block(CharSequence s) {
        return clean(s, true);
    }

    private static String clean(CharSequence s, boolean keepNewlines) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = replacement(c, keepNewlines);
            if (replacement == null && Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
                if (paired) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                    out.append(s, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s.toString() : out.toString();
    }

    private static String replacement(char c, boolean keepNewlines) {
        if (c == '\n') {
            return keepNewlines ? null : " ";
        }
        if (c == '\t') {
            return " ";
        }
        if (c == '\r') {
            return keepNewlines ? "" : " ";
        }
        if (c < 0x20 || c == 0x7F) {
            return "^" + (char) (c ^ 0x40);
        }
        if (c >= 0x80 && c <= 0x9F) {
            return String.format("<U+%04X>", (int) c);
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C') {
            return String.format("<U+%04X>", (int) c);
        }
        if (c == '\u2028' || c == '\u2029') {
            return keepNewlines ? "\n" : " ";
        }
        return null;
    }
}
