package dev.analyze.stats;

import dev.analyze.document.Document;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Key word in context: every occurrence of a word or phrase, with the text around it.
 *
 * <p>Matching is case-insensitive and by whole words: "Kerry" finds "Kerry" and "Kerry's" but not
 * "Kerryville". A word here is a run of letters and digits with inner apostrophes, so the parts
 * of "IIT-Delhi" are words too. The words of a phrase must follow each other with only white
 * space, hyphens, dots or slashes between them ("U.S. Senate", "India- Pakistan"), inside one
 * sentence. Only text that belongs to a sentence is searched, so a repeated headline is found
 * once.
 */
public final class Kwic {

    /** The context width used when none is given. */
    public static final int DEFAULT_WIDTH = 40;

    private Kwic() {
    }

    /** The hits of {@code term} in the document, with {@code width} characters of context each side. */
    public static KwicResult find(Document doc, String term, int width) {
        if (width < 0) {
            throw new IllegalArgumentException("width must not be negative: " + width);
        }
        List<String> termWords = new ArrayList<>();
        for (int[] unit : units(term, 0, term.length())) {
            termWords.add(WordKeys.key(term.substring(unit[0], unit[1])));
        }
        List<KwicHit> hits = new ArrayList<>();
        if (termWords.isEmpty()) {
            return new KwicResult(doc.name(), term, hits);
        }
        String text = doc.text();
        for (Sentence sentence : doc.sentences()) {
            List<int[]> units = units(text, sentence.start(), sentence.end());
            for (int i = 0; i + termWords.size() <= units.size(); i++) {
                if (!matches(text, units, i, termWords)) {
                    continue;
                }
                int start = units.get(i)[0];
                int end = units.get(i + termWords.size() - 1)[1];
                Paragraph p = doc.paragraphs().get(sentence.paragraph());
                hits.add(new KwicHit(sentence.number(), p.number(), start,
                        left(text, p.start(), start, width),
                        collapse(text, start, end),
                        right(text, end, p.end(), width)));
                i += termWords.size() - 1;
            }
        }
        return new KwicResult(doc.name(), term, hits);
    }

    private static boolean matches(String text, List<int[]> units, int i, List<String> termWords) {
        for (int k = 0; k < termWords.size(); k++) {
            int[] unit = units.get(i + k);
            String wanted = termWords.get(k);
            boolean last = k == termWords.size() - 1;
            int length = unit[1] - unit[0];
            if (length != wanted.length() && !(last && length == wanted.length() + 2)) {
                return false; // cheap test first: most words differ in length
            }
            String word = WordKeys.key(text.substring(unit[0], unit[1]));
            if (!word.equals(wanted) && !(last && Lemmatizer.withoutPossessive(word).equals(wanted))) {
                return false;
            }
            if (k > 0 && !joins(text, units.get(i + k - 1)[1], unit[0])) {
                return false;
            }
        }
        return true;
    }

    /** Whether only white space, hyphens, dots or slashes stand between two words. */
    private static boolean joins(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (!isSpace(c) && "-./\u2010\u2011\u2013".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Word spans {start, end} in text[from, to): letters, marks and digits, with inner apostrophes. */
    static List<int[]> units(String text, int from, int to) {
        List<int[]> units = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordChar(text, i, to)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to) {
                if (isWordChar(text, i, to)) {
                    i += Character.charCount(text.codePointAt(i));
                } else if (isApostrophe(text.charAt(i)) && i + 1 < to && isWordChar(text, i + 1, to)) {
                    i++;
                } else {
                    break;
                }
            }
            units.add(new int[] {start, Math.min(i, to)});
        }
        return units;
    }

    private static boolean isWordChar(String text, int i, int to) {
        int cp = text.codePointAt(i);
        if (Character.isHighSurrogate(text.charAt(i)) && i + 1 >= to) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\uFEFF' || c == '\u200B';
    }

    /** Up to {@code width} characters before {@code to}, from no earlier than {@code from}. */
    static String left(String text, int from, int to, int width) {
        StringBuilder b = new StringBuilder();
        int i = to;
        while (i > from && b.length() < width) {
            char c = text.charAt(--i);
            if (isSpace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
        String s = b.reverse().toString().strip();
        return s.isEmpty() || !Character.isLowSurrogate(s.charAt(0)) ? s : s.substring(1);
    }

    /** Up to {@code width} characters after {@code from}, up to no later than {@code to}. */
    static String right(String text, int from, int to, int width) {
        StringBuilder b = new StringBuilder();
        int i = from;
        while (i < to && b.length() < width) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
        String s = b.toString().strip();
        return s.isEmpty() || !Character.isHighSurrogate(s.charAt(s.length() - 1)) ? s : s.substring(0, s.length() - 1);
    }

    /** text[from, to) with white space runs as single spaces. */
    static String collapse(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
        return b.toString().strip();
    }
}
