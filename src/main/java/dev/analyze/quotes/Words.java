package dev.analyze.quotes;

import java.util.Arrays;

/**
 * A small, self-contained lexer for attribution contexts: words (letters and digits with inner
 * apostrophes, hyphens and abbreviation dots, as in "O'Brien", "IIT-Delhi", "U.S") and single
 * punctuation characters, with offsets into the text. Independent of the document tokenizer so the
 * attribution rules see the same units whatever that tokenizer decides.
 */
final class Words {

    static final byte WORD = 1;
    static final byte PUNCT = 2;

    private final String text;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private byte[] kind = new byte[16];
    private int size;

    private Words(String text) {
        this.text = text;
    }

    /** The words and punctuation of {@code text[from, to)}. */
    static Words of(String text, int from, int to) {
        Words w = new Words(text);
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
                w.add(i, j, WORD);
                i = j;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else {
                w.add(i, i + 1, PUNCT);
                i++;
            }
        }
        return w;
    }

    private void add(int s, int e, byte k) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            kind = Arrays.copyOf(kind, size * 2);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
    }

    char punct(int i) {
        return i >= 0 && i < size && kind[i] == PUNCT ? text.charAt(start[i]) : 0;
    }

    String text(int i) {
        return text.substring(start[i], end[i]);
    }

    private String[] lowerCache;

    /** Lower-cased word text, with curly apostrophes made straight (computed once per word). */
    String lower(int i) {
        if (lowerCache == null) {
            lowerCache = new String[size];
        }
        String l = lowerCache[i];
        if (l == null) {
            l = text(i).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
            lowerCache[i] = l;
        }
        return l;
    }

    boolean isCapitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    boolean isLowerCase(int i) {
        return isWord(i) && Character.isLowerCase(text.charAt(start[i]));
    }

    /** Text from the start of word {@code a} to the end of word {@code b} (inclusive). */
    String span(int a, int b) {
        return text.substring(start[a], end[b]);
    }
}
