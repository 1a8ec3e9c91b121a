package dev.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quote extractor's fast scanning helpers give exactly what the plain scans they replace gave
 * (the plain versions are kept here as references), on random text made of the characters that
 * matter to them: marks, stops, initials, abbreviations, spaces of several kinds, surrogate pairs.
 */
class ScanningShortcutsTest {

    private static final String[] PIECES = {"a", "B", "c", "U", "Mr", "dr", ".", ".", "!", "?", " ", " ", "\t", "\n",
        "\u000B", "\u00A0", "\u2009", "\"", "\u201C", "\u201D", "'", "\u2019", ")", "-", ",", "of", "the", "\uD835\uDC00",
        "\uD83D\uDE00", "\uD835", "7"};

    private static String randomText(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** The scan back QuoteExtractor did per quote before sentence ends were indexed. */
    private static int scanBack(String text, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && SentenceEnds.isSentenceEnd(text, k)) {
                return k;
            }
        }
        return -1;
    }

    private static int scanForward(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && SentenceEnds.isSentenceEnd(text, k)) {
                return k;
            }
        }
        return -1;
    }

    @Test
    void sentenceEndsAnswerAsTheScansDid() {
        Random r = new Random(42);
        for (int t = 0; t < 300; t++) {
            String text = randomText(r, 1 + r.nextInt(60));
            SentenceEnds ends = SentenceEnds.of(text);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    assertEquals(scanBack(text, from, to), ends.lastIn(from, to), text + " " + from + " " + to);
                    assertEquals(scanForward(text, from, to), ends.firstIn(from, to), text + " " + from + " " + to);
                }
            }
        }
    }

    @Test
    void wordCountAndTitleCaseAsWithRegexSplits() {
        Random r = new Random(7);
        for (int t = 0; t < 5000; t++) {
            String text = randomText(r, 1 + r.nextInt(12));
            String stripped = text.strip();
            if (!stripped.isEmpty()) {
                assertEquals(stripped.split("\\s+").length, NotAQuote.wordCount(stripped), stripped);
            }
            assertEquals(titleCaseWithSplit(text), NotAQuote.isTitleCase(text), text);
        }
        // a leading space makes an empty first piece, so a small word may come first after it
        assertEquals(titleCaseWithSplit(" of Ann"), NotAQuote.isTitleCase(" of Ann"));
        assertEquals(true, NotAQuote.isTitleCase(" of Ann"));
        assertEquals(false, NotAQuote.isTitleCase("of Ann"));
    }

    /** NotAQuote.isTitleCase as it was written with String.split. */
    private static boolean titleCaseWithSplit(String t) {
        String s = t;
        while (!s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('?') >= 0 || s.indexOf('!') >= 0) {
            return false;
        }
        String[] ws = s.split("\\s+");
        boolean sawLetter = false;
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            if (w.isEmpty()) {
                continue;
            }
            char c = w.charAt(0);
            if (Character.isLowerCase(c)) {
                if (i == 0 || !List.of("of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "de",
                        "la", "or", "&", "vs", "from").contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
            } else if (Character.isLetter(c)) {
                sawLetter = true;
            }
        }
        return sawLetter;
    }

    @Test
    void wordsOfAWindowAsTheCharacterScanGave() {
        Random r = new Random(3);
        for (int t = 0; t < 400; t++) {
            String text = randomText(r, 1 + r.nextInt(40));
            for (int from = 0; from <= text.length(); from += 1 + r.nextInt(3)) {
                for (int to = from; to <= text.length() + 1; to += 1 + r.nextInt(3)) {
                    Words w = Words.of(text, from, to);
                    List<String> got = new ArrayList<>();
                    for (int i = 0; i < w.size(); i++) {
                        got.add(w.start(i) + "-" + w.end(i) + (w.isWord(i) ? "w" : "p"));
                    }
                    assertEquals(scanWords(text, from, to), got, text + " " + from + " " + to);
                }
            }
        }
    }

    /** Words.of as it was written, with String.charAt and the Character tables. */
    private static List<String> scanWords(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        int i = Math.max(0, from);
        int n = Math.min(text.length(), to);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.isSurrogate(d) && Character.isLetter(text.codePointAt(j))) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '\u2010' || d == '\u2011')
                            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                out.add(i + "-" + j + "w");
                i = j;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else {
                out.add(i + "-" + (i + 1) + "p");
                i++;
            }
        }
        return out;
    }
}
