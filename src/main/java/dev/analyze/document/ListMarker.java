package dev.analyze.document;

/**
 * A list-item marker opening a sentence: an optional bullet, then a number of up to three digits
 * or a single lower-case letter, then {@code .}, {@code .)} or {@code )}, then white space
 * ("1.) ", "• 9. ", "⁃10. ", "b. "). The next item of the same list starts a new sentence.
 */
final class ListMarker {

    private static final String BULLETS = "\u2022\u2043\u2023\u25E6\u25AA\u00B7*-";

    /** Index just past the marker. */
    final int end;
    private final char bullet; // 0 when none
    private final boolean letter;
    private final int value;
    private final String terminator;

    private ListMarker(int end, char bullet, boolean letter, int value, String terminator) {
        this.end = end;
        this.bullet = bullet;
        this.letter = letter;
        this.value = value;
        this.terminator = terminator;
    }

    /** The marker at {@code i}, or null. */
    static ListMarker at(Chars text, int i, int end) {
        char bullet = 0;
        int k = i;
        if (k < end && BULLETS.indexOf(text.charAt(k)) >= 0) {
            bullet = text.charAt(k++);
            while (k < end && text.charAt(k) == ' ') {
                k++;
            }
        }
        int a = k;
        int value = 0;
        while (k < end && k - a < 3 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            value = value * 10 + (text.charAt(k++) - '0');
        }
        boolean letter = false;
        if (k == a) {
            if (k < end && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
                letter = true;
                value = text.charAt(k++);
            } else {
                return null;
            }
        }
        String terminator;
        if (text.startsWith(".)", k)) {
            terminator = ".)";
        } else if (text.startsWith(".", k)) {
            terminator = ".";
        } else if (text.startsWith(")", k)) {
            terminator = ")";
        } else {
            return null;
        }
        k += terminator.length();
        if (k >= end || !DocumentParser.isSpace(text.charAt(k))) {
            return null;
        }
        return new ListMarker(k, bullet, letter, value, terminator);
    }

    /** Whether the next item of this list starts at {@code i}. Constant work. */
    boolean nextItemAt(Chars text, int i, int end) {
        if (bullet != 0 && (i >= end || text.charAt(i) != bullet)) {
            return false;
        }
        ListMarker next = at(text, i, end);
        return next != null && next.bullet == bullet && next.letter == letter && next.value == value + 1
                && next.terminator.equals(terminator);
    }
}
