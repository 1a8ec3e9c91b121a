package dev.analyze.quotes;

import java.util.Arrays;

/**
 * The full stops, question and exclamation marks of a text that end a sentence, found in one pass,
 * so the quote contexts ("back to the sentence start", "on to the sentence end") are binary
 * searches rather than character scans: with marks every few characters, scanning up to a window
 * per quote cost more than everything else the quote extractor does.
 */
final class SentenceEnds {

    private final int[] ends;

    private SentenceEnds(int[] ends) {
        this.ends = ends;
    }

    static SentenceEnds of(String text) {
        int[] ends = new int[16];
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && isSentenceEnd(text, k)) {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                }
                ends[n++] = k;
            }
        }
        return new SentenceEnds(Arrays.copyOf(ends, n));
    }

    /** The last sentence-ending mark in {@code [from, to)}, or -1. */
    int lastIn(int from, int to) {
        int i = Arrays.binarySearch(ends, to);
        int k = (i >= 0 ? i : -i - 1) - 1; // the last end before to
        return k >= 0 && ends[k] >= from ? ends[k] : -1;
    }

    /** The first sentence-ending mark in {@code [from, to)}, or -1. */
    int firstIn(int from, int to) {
        int i = Arrays.binarySearch(ends, from);
        int k = i >= 0 ? i : -i - 1; // the first end at or after from
        return k < ends.length && ends[k] < to ? ends[k] : -1;
    }

    /** A full stop, question or exclamation mark at {@code k} that ends a sentence. */
    static boolean isSentenceEnd(String text, int k) {
        int n = text.length();
        if (k + 1 < n) {
            char next = text.charAt(k + 1);
            if (!Character.isWhitespace(next) && !QuoteMarks.isMark(next) && next != ')') {
                return false;
            }
        }
        if (text.charAt(k) != '.') {
            return true;
        }
        int a = k;
        while (a > 0 && (Character.isLetter(text.charAt(a - 1)) || text.charAt(a - 1) == '.')) {
            a--;
        }
        String word = text.substring(a, k).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(a))) {
            return false; // an initial: "John F. Kennedy", "U.S."
        }
        return !Lexicon.ABBREVIATIONS.contains(word) && word.indexOf('.') < 0;
    }
}
