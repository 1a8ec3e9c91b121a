package dev.analyze.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer for news English: a hand-written, linear scanner (no regular expressions).
 *
 * <p>White space, control characters and zero-width spaces separate tokens and are never tokens.
 * Each white-space delimited chunk is first checked whole for an e-mail address or a URL (after
 * peeling opening and closing punctuation); otherwise it is scanned into words, numbers,
 * punctuation and symbols by the rules in {@link #WORD_RULES}. Offsets are exact UTF-16 indexes and
 * a surrogate pair is never split.
 */
public final class NewsTokenizer implements Tokenizer {

    /**
     * The word rules in plain ASCII lines, as printed by {@code help stats} and in the stats JSON,
     * so that word counts can be compared with other tools.
     */
    public static final String WORD_RULES = String.join("\n",
            "Words are runs of letters and digits; inner hyphens and apostrophes (straight or curly) join them:"
                    + " IIT-Delhi, well-known, 19-year-old, India's, doesn't, students' are one word each.",
            "A hyphen next to a space (\"India- Pakistan\") and dashes (em, en, --) are punctuation, not part of a word.",
            "Abbreviations keep their dots and are one word: U.S., a.m., Ph.D., Mr., Inc., the F. of John F. Kennedy.",
            "Numbers are one word each: 50,000  3.5%  $1.2bn  1990s  10:30  -5  2014-15.",
            "URLs (http://, https://, www., name.com) and e-mail addresses are one word each.",
            "Punctuation (. , ; : ! ? quotes, brackets, ellipses), symbols and emoji are not words.");

    /**
     * {@inheritDoc} The text is first copied into an array ({@link Chars}): to tokenize many
     * ranges of one text, use {@link DocumentParser}, which copies it once.
     */
    @Override
    public List<Token> tokenize(String text, int start, int end) {
        return tokenize(new Chars(text), start, end);
    }

    /** {@link #tokenize(String, int, int)} over a text already in an array. */
    List<Token> tokenize(Chars text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            if (isSeparator(text.charAt(i))) {
                i++;
                continue;
            }
            int chunkEnd = i;
            boolean special = false; // may hold an e-mail address or URL
            while (chunkEnd < to) {
                char c = text.charAt(chunkEnd);
                if (c > ' ' && c < 0x7F) {
                    special |= c == '.' || c == '@' || c == '/';
                } else if (isSeparator(c)) {
                    break;
                }
                chunkEnd++;
            }
            if (special) {
                chunk(text, i, chunkEnd, out);
            } else {
                scan(text, i, chunkEnd, out);
            }
            i = chunkEnd;
        }
        return out;
    }

    /** Tokenizes one white-space free chunk {@code [a, b)}. */
    private static void chunk(Chars text, int a, int b, List<Token> out) {
        // peel opening and closing punctuation to find a whole e-mail address or URL
        int ca = a;
        while (ca < b && (NewsSentenceSplitter.isOpener(text.charAt(ca)) || text.charAt(ca) == '<')) {
            ca++;
        }
        int cb = b;
        while (cb > ca && isTrailing(text.charAt(cb - 1))) {
            cb--;
        }
        if (cb > ca) {
            TokenKind whole = isEmail(text, ca, cb) ? TokenKind.EMAIL : isUrl(text, ca, cb) ? TokenKind.URL : null;
            if (whole != null) {
                scan(text, a, ca, out);
                out.add(token(text, ca, cb, whole));
                scan(text, cb, b, out);
                return;
            }
        }
        scan(text, a, b, out);
    }

    /** Scans {@code [a, b)} (no white space inside) into words, numbers, punctuation, symbols. */
    private static void scan(Chars text, int a, int b, List<Token> out) {
        int i = a;
        while (i < b) {
            char c0 = text.charAt(i);
            if (c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z') { // fast path: a plain word
                int e = word(text, i, b);
                out.add(token(text, i, e, TokenKind.WORD));
                i = e;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (i + len > b) { // a pair cut by the range end: keep the lone half
                len = 1;
                cp = text.charAt(i);
            }
            if (Character.getType(cp) == Character.FORMAT) { // stray ZWJ, soft hyphen: invisible
                i += len;
                continue;
            }
            int e;
            if (Character.isDigit(cp) || (isNumberPrefix(cp) && i + 1 < b && isAsciiDigit(text.charAt(i + 1))
                    && (cp != '-' && cp != '+' && cp != '\u2212' || i == a || !Character.isLetterOrDigit(text.charAt(i - 1))))) {
                e = number(text, i, b, out);
            } else if (isWordChar(cp)) {
                e = Math.max(word(text, i, b), i + len);
                out.add(token(text, i, e, TokenKind.WORD));
            } else if (cp == '-' && i + 1 < b && text.charAt(i + 1) == '-') {
                e = i + 2;
                while (e < b && text.charAt(e) == '-') {
                    e++;
                }
                out.add(token(text, i, e, TokenKind.PUNCTUATION));
            } else if (cp == '.' && i + 2 < b && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                e = i + 3;
                while (e < b && text.charAt(e) == '.') {
                    e++;
                }
                out.add(token(text, i, e, TokenKind.PUNCTUATION));
            } else if (isPunctuation(cp)) {
                e = i + len;
                out.add(token(text, i, e, TokenKind.PUNCTUATION));
            } else {
                e = symbol(text, i, len, b);
                out.add(token(text, i, e, TokenKind.SYMBOL));
            }
            i = e;
        }
    }

    /** A number from {@code i}; returns its end. "19-year-old" becomes one WORD instead. */
    private static int number(Chars text, int i, int b, List<Token> out) {
        int e = i + Character.charCount(text.codePointAt(i));
        while (e < b) {
            char c = text.charAt(e);
            int cp = text.codePointAt(e);
            if (isAsciiDigit(c) || Character.isDigit(cp) && e + Character.charCount(cp) <= b) {
                e += Character.charCount(cp);
            } else if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == '\u2013')
                    && e + 1 < b && isAsciiDigit(text.charAt(e + 1))) {
                e += 2;
            } else {
                break;
            }
        }
        if (e < b && (text.charAt(e) == '%' || text.charAt(e) == '\u2030')) {
            out.add(token(text, i, e + 1, TokenKind.NUMBER));
            return e + 1;
        }
        // a short letter suffix: 1990s, 10th, $1.2bn, 5pm, 4G
        int s = e;
        while (s < b && s - e <= 3 && isAsciiLetter(text.charAt(s))) {
            s++;
        }
        boolean joined = s < b && s + 1 < b && isJoiner(text.charAt(s)) && isWordChar(text.codePointAt(s + 1));
        if (s > e && s - e <= 3 && !joined && (s == b || !isWordChar(text.codePointAt(s)))) {
            e = s;
        } else if (s > e || e + 1 < b && isJoiner(text.charAt(e)) && isWordChar(text.codePointAt(e + 1))) {
            // "19-year-old", "3D-printed", "100km-long": a word that starts with digits
            int w = word(text, i, b);
            if (w > e) {
                out.add(token(text, i, w, TokenKind.WORD));
                return w;
            }
        }
        out.add(token(text, i, e, TokenKind.NUMBER));
        return e;
    }

    /** A word from {@code i}; returns its end. */
    private static int word(Chars text, int i, int b) {
        int e = i;
        while (e < b) {
            char ch = text.charAt(e);
            if (ch < 0x80) {
                if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') {
                    e++;
                    continue;
                }
            }
            int cp = ch < 0x80 ? ch : text.codePointAt(e);
            if (ch >= 0x80 && (isWordChar(cp) || Character.isDigit(cp))) {
                if (e + Character.charCount(cp) > b) {
                    break; // a pair cut by the range end
                }
                e += Character.charCount(cp);
                continue;
            }
            char c = text.charAt(e);
            if (e + 1 < b && e > i && Character.getType(c) == Character.FORMAT) {
                // ZWJ, ZWNJ or soft hyphen inside a word ("Wikinews\u200D's", Indic scripts)
                char d = text.charAt(e + 1);
                if (isWordChar(text.codePointAt(e + 1)) || isApostrophe(d) && e + 2 < b
                        && isWordChar(text.codePointAt(e + 2))) {
                    e++;
                    continue;
                }
            }
            if (e + 1 < b && e > i && (isJoiner(c) || isApostrophe(c) || c == '&' && isUpperRun(text, i, e, b))) {
                int next = text.codePointAt(e + 1);
                if (isWordChar(next) || Character.isDigit(next) && !isApostrophe(c)) {
                    e += 1;
                    continue;
                }
            }
            break;
        }
        if (e < b && isApostrophe(text.charAt(e)) && e > i
                && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
            return e + 1; // plural possessive: students'
        }
        if (e < b && text.charAt(e) == '.') {
            return abbreviation(text, i, e, b);
        }
        return e;
    }

    /** Extends the word {@code [i, e)} over the dots of an abbreviation, if it is one. */
    private static int abbreviation(Chars text, int i, int e, int b) {
        // initialisms: U.S., a.m., Ph.D., U.S.A. (letter groups of at most three)
        if (e - i <= 3 && allLetters(text, i, e)) {
            int k = e;
            boolean inner = false;
            while (k < b && text.charAt(k) == '.') {
                int g = k + 1;
                while (g < b && g - k <= 3 && isAsciiLetter(text.charAt(g))) {
                    g++;
                }
                if (g == k + 1 || g - k > 3 || g < b && Character.isLetterOrDigit(text.charAt(g))) {
                    break;
                }
                inner = true;
                k = g;
            }
            if (inner) {
                return k < b && text.charAt(k) == '.' ? k + 1 : k;
            }
        }
        if (e + 1 < b && Character.isLetterOrDigit(text.charAt(e + 1))) {
            return e; // "end.Next", "example.com" without a scheme
        }
        if (e - i == 1 && Character.isUpperCase(text.charAt(i))) {
            return e + 1; // an initial: F.
        }
        Abbreviations.Kind kind = Abbreviations.kind(text, i, e);
        if (kind == null || kind == Abbreviations.Kind.NUMERIC && !followedByDigit(text, e + 1)) {
            return e;
        }
        return e + 1;
    }

    private static boolean followedByDigit(Chars text, int k) {
        int n = text.length();
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        return k < n && isAsciiDigit(text.charAt(k));
    }

    /** A symbol from {@code i}: one code point with its variation selectors and ZWJ sequence. */
    private static int symbol(Chars text, int i, int len, int b) {
        int e = i + len;
        while (e < b) {
            int cp = text.codePointAt(e);
            int l = Character.charCount(cp);
            if (e + l > b) {
                break;
            }
            if (cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                e += l;
            } else if (cp == 0x200D && e + 1 < b) {
                int nx = text.codePointAt(e + 1);
                int nl = Character.charCount(nx);
                if (e + 1 + nl > b || isWordChar(nx) || isPunctuation(nx)) {
                    break;
                }
                e += 1 + nl;
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean isEmail(Chars text, int a, int b) {
        int at = -1;
        for (int k = a; k < b; k++) {
            char c = text.charAt(k);
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = k;
            } else if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == '.' || c == '_' || c == '-' || c == '+'
                    || c == '%')) {
                return false;
            }
        }
        if (at <= a || at >= b - 3) {
            return false;
        }
        int dot = text.lastIndexOf('.', b - 1);
        return dot > at + 1 && dot < b - 1 && text.charAt(at + 1) != '.' && isAsciiLetter(text.charAt(b - 1));
    }

    private static boolean isUrl(Chars text, int a, int b) {
        if (startsWithIgnoreCase(text, a, b, "http://") || startsWithIgnoreCase(text, a, b, "https://")
                || startsWithIgnoreCase(text, a, b, "ftp://")) {
            return b - a > 8;
        }
        if (startsWithIgnoreCase(text, a, b, "www.")) {
            return b - a > 5 && text.indexOf('.', a + 4) > 0 && text.indexOf('.', a + 4) < b - 1;
        }
        // bare domain: name.com, bbc.co.uk/news
        int slash = a;
        while (slash < b && text.charAt(slash) != '/') {
            slash++;
        }
        int lastDot = -1;
        for (int k = a; k < slash; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                if (k == a || text.charAt(k - 1) == '.') {
                    return false;
                }
                lastDot = k;
            } else if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == '-')) {
                return false;
            }
        }
        if (lastDot < 0) {
            return false;
        }
        String tld = text.substring(lastDot + 1, slash);
        return switch (tld) {
            case "com", "org", "net", "gov", "edu", "int", "mil", "info", "io", "uk", "au", "ca", "in", "nz" -> true;
            default -> false;
        };
    }

    private static boolean startsWithIgnoreCase(Chars text, int a, int b, String prefix) {
        return b - a >= prefix.length() && text.regionMatches(true, a, prefix, 0, prefix.length());
    }

    /** Shared strings for one-character ASCII tokens (punctuation-heavy input allocates less). */
    private static final String[] ASCII = new String[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    private static Token token(Chars text, int a, int b, TokenKind kind) {
        char c = text.charAt(a);
        String s = b - a == 1 && c < 0x80 ? ASCII[c] : text.substring(a, b);
        return new Token(s, a, b, kind);
    }

    private static boolean isSeparator(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return DocumentParser.isSpace(c) || Character.isISOControl(c) || c == '\u200C' || c == '\u2060';
    }

    /** Closing punctuation peeled off a chunk before the e-mail/URL check. */
    private static boolean isTrailing(char c) {
        return NewsSentenceSplitter.isCloser(c) || c == '>' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!'
                || c == '?' || c == '\u2026';
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static boolean isPunctuation(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    private static boolean isNumberPrefix(int cp) {
        return cp == '$' || cp == '\u20AC' || cp == '\u00A3' || cp == '\u00A5' || cp == '\u20B9' || cp == '-'
                || cp == '+' || cp == '\u2212';
    }

    /** Hyphens that join words: ASCII hyphen-minus, U+2010 hyphen, U+2011 non-breaking hyphen. */
    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /** "AT&T", "S&P": an ampersand between capital letters. */
    private static boolean isUpperRun(Chars text, int i, int e, int b) {
        return e - i <= 3 && Character.isUpperCase(text.charAt(e - 1)) && e + 1 < b
                && Character.isUpperCase(text.charAt(e + 1));
    }

    private static boolean allLetters(Chars text, int i, int e) {
        for (int k = i; k < e; k++) {
            if (!isAsciiLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
