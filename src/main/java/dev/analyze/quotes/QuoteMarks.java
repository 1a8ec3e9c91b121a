package dev.analyze.quotes;

/**
 * Classifies quotation-mark characters by type (double or single) and, from their neighbours, by
 * direction; tells single marks used as quotation marks from apostrophes ("India's", "'90s",
 * "rock 'n' roll", "O'Brien").
 */
final class QuoteMarks {

    enum Role { NONE, OPEN, CLOSE, EITHER, APOSTROPHE, CLOSE_OR_APOSTROPHE }

    private QuoteMarks() {
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F'
                || c == '\u00AB' || c == '\u00BB' || c == '\u2033' || c == '\uFF02';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B'
                || c == '\u2039' || c == '\u203A';
    }

    static boolean isMark(char c) {
        return isDouble(c) || isSingle(c);
    }

    /** Whitespace, a paragraph edge, an opening bracket, a dash or another mark: a quote may open after it. */
    static boolean opensAfter(String text, int i) {
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '(' || c == '[' || c == '{'
                || c == '\u2014' || c == '\u2013' || c == '-' || c == '/' || isMark(c) || c == ':' || c == '\uFEFF';
    }

    /** Whitespace, the end, punctuation or another mark: a quote may close before it. */
    static boolean closesBefore(String text, int i, int limit) {
        if (i >= limit) {
            return true;
        }
        char c = text.charAt(i);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == ',' || c == ';'
                || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' || c == '\u2014'
                || c == '\u2013' || c == '-' || c == '\u2026' || c == '/' || isMark(c);
    }

    /** The role of the double mark at {@code i}, for a paragraph ending at {@code limit}. */
    static Role doubleRole(String text, int i, int from, int limit) {
        char c = text.charAt(i);
        boolean before = opensAfter(text, i - 1 < from ? -1 : i - 1);
        boolean after = closesBefore(text, i + 1, limit);
        switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u00AB':
                // a curly opener used as a closer ("word“ ") is a common typing error
                return !before && after ? Role.CLOSE : Role.OPEN;
            case '\u201D', '\u00BB':
                return before && !after ? Role.OPEN : Role.CLOSE;
            default:
                if (before && !after) {
                    return Role.OPEN;
                }
                if (!before && after) {
                    return Role.CLOSE;
                }
                return Role.EITHER;
        }
    }

    /** The role of the single mark at {@code i}. */
    static Role singleRole(String text, int i, int from, int limit) {
        char c = text.charAt(i);
        char prev = i - 1 >= from ? text.charAt(i - 1) : ' ';
        char next = i + 1 < limit ? text.charAt(i + 1) : ' ';
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return Role.APOSTROPHE; // don't, O'Brien, India's, rock'n'roll
        }
        boolean before = opensAfter(text, i - 1 < from ? -1 : i - 1);
        boolean after = closesBefore(text, i + 1, limit);
        if ((prev == 'n' || prev == 'N') && i - 2 >= from && isSingle(text.charAt(i - 2))
                && (i - 3 < from || Character.isWhitespace(text.charAt(i - 3)))) {
            return Role.APOSTROPHE; // the second mark of 'n'
        }
        if (before && Character.isDigit(next)) {
            return Role.APOSTROPHE; // '90s
        }
        if (before && isElision(text, i + 1, limit)) {
            return Role.APOSTROPHE; // 'n', 'em, 'til
        }
        if (c == '\u2019' && before && !after) {
            return Role.APOSTROPHE; // a right mark never opens: ’em, ’n’
        }
        if (before && !after) {
            return Role.OPEN;
        }
        if (!before && after) {
            // students' union, Jones' car: a close only when a single quote is open
            return prev == 's' || prev == 'S' || prev == 'z' ? Role.CLOSE_OR_APOSTROPHE : Role.CLOSE;
        }
        return Role.NONE;
    }

    private static final String[] ELISIONS = {"n", "em", "til", "cause", "tis", "twas", "bout", "s"};

    /** An elided word such as 'n' or 'em starts at {@code j} and ends at a word boundary. */
    private static boolean isElision(String text, int j, int limit) {
        int k = j;
        while (k < limit && k - j < 6 && Character.isLetter(text.charAt(k))) {
            k++;
        }
        if (k == j || k - j > 5) {
            return false;
        }
        String word = text.substring(j, k).toLowerCase(java.util.Locale.ROOT);
        for (String e : ELISIONS) {
            if (e.equals(word)) {
                // 'n' must be closed by another apostrophe: rock 'n' roll
                if (word.equals("n")) {
                    return k < limit && isSingle(text.charAt(k));
                }
                return k >= limit || !Character.isLetterOrDigit(text.charAt(k)) && !isSingle(text.charAt(k));
            }
        }
        return false;
    }
}
