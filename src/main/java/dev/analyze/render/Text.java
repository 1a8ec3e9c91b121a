package dev.analyze.render;

import java.util.ArrayList;
import java.util.List;

/** Display width and word wrapping for terminal text (wide East Asian characters count as two). */
public final class Text {

    private Text() {
    }

    public static int width(String s) {
        return width(s, 0, s.length());
    }

    /** The display width of {@code s[from, to)}. */
    private static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += width(cp);
        }
        return w;
    }

    /** Columns one code point takes: 0 for combining marks and format characters, 2 for wide ones. */
    private static int width(int cp) {
        if (cp < 0x300 && cp != 0xAD) {
            return 1; // Latin, without the Unicode tables: the common case, one call per character
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /**
     * Greedy word wrap to {@code width} columns; words longer than the width are broken. Works on
     * offsets into {@code s}: cutting a long word by copying its rest each time made a line of
     * 400,000 letters take half a minute.
     */
    public static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = s.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            int from = i;
            int ww = width(s, from, end);
            while (ww > width) {
                if (lineWidth > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                int cut = cutIndex(s, from, end, width);
                lines.add(s.substring(from, cut));
                ww -= width(s, from, cut);
                from = cut;
            }
            if (lineWidth > 0 && lineWidth + 1 + ww > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (lineWidth > 0) {
                line.append(' ');
                lineWidth++;
            }
            line.append(s, from, end);
            lineWidth += ww;
            i = end;
        }
        if (lineWidth > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where a line of at most {@code width} columns cut from {@code s[from, to)} ends (at least one code point). */
    private static int cutIndex(String s, int from, int to, int width) {
        int w = 0;
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (w + cw > width && i > from) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return i;
    }
}
