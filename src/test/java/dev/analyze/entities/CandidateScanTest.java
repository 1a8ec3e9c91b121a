package dev.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The candidate finder's word scan, on a char array with ASCII fast paths, as the plain String scan gave. */
class CandidateScanTest {

    private static final String[] PIECES = {"a", "B", "U", ".", "-", "'", "\u2019", "&", " ", "\t", "\u00A0", "\u2009",
        "\u0085", "e\u0301", "\u0903", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "\uDC00", "7", "\u00e9", "\u4e2d",
        "Mc", "s", ",", "(", "\"", "\u201C"};

    @Test
    void scanAsTheStringScanGave() {
        Random r = new Random(9);
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 1 + r.nextInt(30); i < n; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            int start = r.nextInt(text.length() + 1);
            int end = start + r.nextInt(text.length() - start + 1);
            assertEquals(stringScan(text, start, end), CandidateFinder.scan(text, start, end), text);
        }
    }

    /** CandidateFinder.scan as it was written, with String.codePointAt and the Character tables. */
    private static List<CandidateFinder.Tok> stringScan(String text, int start, int end) {
        List<CandidateFinder.Tok> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += n;
                continue;
            }
            int j;
            boolean word = Character.isLetterOrDigit(cp);
            if (word) {
                j = -1;
                int k = i;
                int pairs = 0;
                while (k + 1 < end && Character.isUpperCase(text.charAt(k)) && text.charAt(k + 1) == '.') {
                    k += 2;
                    pairs++;
                }
                if (pairs >= 2) {
                    j = k;
                }
                if (j < 0) {
                    j = i + n;
                    while (true) {
                        while (j < end && isWordPart(text.codePointAt(j))) {
                            j += Character.charCount(text.codePointAt(j));
                        }
                        if (j + 1 < end && "-'\u2019&".indexOf(text.charAt(j)) >= 0
                                && Character.isLetterOrDigit(text.codePointAt(j + 1))) {
                            j++;
                            continue;
                        }
                        break;
                    }
                    if (j < end && (text.charAt(j) == '\'' || text.charAt(j) == '\u2019')) {
                        j++;
                    }
                }
            } else {
                j = i + n;
            }
            String w = text.substring(i, j);
            out.add(new CandidateFinder.Tok(w, i, j, word, word ? key(w) : w));
            i = j;
        }
        return out;
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static String key(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!(c < 128 && Character.isLetterOrDigit(c))) {
                return Names.key(w);
            }
        }
        return w.toLowerCase(java.util.Locale.ROOT);
    }
}
