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
    /** Start and end of each token, interleaved (one array, not two, per window). */
    private int[] pos;
    private byte[] kind;
    private int size;

    /** Room for {@code capacity} tokens to begin with (a window of n characters has at most n). */
    private Words(String text, int capacity) {
        this.text = text;
        this.pos = new int[2 * capacity];
        this.kind = new byte[capacity];
    }

    /** The words and punctuation of {@code text[from, to)}. */
    static Words of(String text, int from, int to) {
        int i0 = Math.max(0, from);
        int n0 = Math.min(text.length(), to);
        // most windows are short (the words between two quotes): size the arrays to the window
        Words w = new Words(text, Math.max(1, Math.min(16, n0 - i0)));
        if (i0 >= n0) {
            return w;
        }
        // the window as a char array: String.charAt on a text with any non-Latin-1 character costs
        // a call and a bounds check per character in the quick compiler the launcher uses
        // (one character past the window is copied too, for the surrogate pair check at its edge)
        char[] cs = new char[Math.min(text.length(), n0 + 1) - i0];
        text.getChars(i0, i0 + cs.length, cs, 0);
        int n = n0 - i0;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = cs[j];
                    if (isLetterOrDigit(d) || Character.isSurrogate(d) && Character.isLetter(codePointAt(cs, j))) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '\u2010' || d == '\u2011')
                            && j + 1 < n && isLetterOrDigit(cs[j + 1])) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                w.add(i0 + i, i0 + j, WORD);
                i = j;
            } else if (isSpace(c)) {
                i++;
            } else {
                w.add(i0 + i, i0 + i + 1, PUNCT);
                i++;
            }
        }
        return w;
    }

    /** {@code text.codePointAt(j)}: the copy holds the character after the window for the pairing. */
    private static int codePointAt(char[] cs, int j) {
        return Character.codePointAt(cs, j);
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII answered without the Unicode tables. */
    static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}, ASCII first. */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private void add(int s, int e, byte k) {
        if (size == kind.length) {
            pos = Arrays.copyOf(pos, size * 4);
            kind = Arrays.copyOf(kind, size * 2);
        }
        pos[2 * size] = s;
        pos[2 * size + 1] = e;
        kind[size] = k;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return pos[2 * i];
    }

    int end(int i) {
        return pos[2 * i + 1];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(pos[2 * i]) == c;
    }

    char punct(int i) {
        return i >= 0 && i < size && kind[i] == PUNCT ? text.charAt(pos[2 * i]) : 0;
    }

    String text(int i) {
        return text.substring(pos[2 * i], pos[2 * i + 1]);
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
        return isWord(i) && Character.isUpperCase(text.charAt(pos[2 * i]));
    }

    boolean isLowerCase(int i) {
        return isWord(i) && Character.isLowerCase(text.charAt(pos[2 * i]));
    }

    /** Text from the start of word {@code a} to the end of word {@code b} (inclusive). */
    String span(int a, int b) {
        return text.substring(pos[2 * a], pos[2 * b + 1]);
    }
}
