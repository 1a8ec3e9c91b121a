package dev.analyze.render;

import java.util.ArrayList;
import java.util.List;

/** Display width and word wrapping for terminal text (wide East Asian characters count as two). */
public final class Text {

    private Text() {
    }

    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            w += isWide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Greedy word wrap to {@code width} columns; words longer than the width are broken. */
    public static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : s.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int ww = width(word);
            while (ww > width) {
                if (lineWidth > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                int cut = cutIndex(word, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                ww = width(word);
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
            line.append(word);
            lineWidth += ww;
        }
        if (lineWidth > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int cutIndex(String word, int width) {
        int w = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int cw = isWide(cp) ? 2 : 1;
            if (w + cw > width && i > 0) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return i;
    }
}
