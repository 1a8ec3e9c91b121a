package dev.analyze.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence splitter for news English, one paragraph at a time, in one linear pass.
 *
 * <p>A sentence may end at a cluster of {@code . ! ? …} followed by closing quotes or brackets and
 * white space. Whether it does depends on the next word and on what stands before the full stop:
 * <ul>
 *   <li>a lower-case continuation never starts a sentence ({@code ?" she asked}, {@code Yahoo! in});
 *   <li>titles ("Mr.", "Gen.") and connectors ("vs.", "e.g.") never end one;
 *   <li>"No.", "Jan."…"Dec.", "p." do not end one before a number, but do before a word;
 *   <li>initialisms ("U.S.", "a.m."), capital initials and company/postal abbreviations end one only
 *       when a typical sentence opener follows ("in the U.S. The Fed" splits, "U.S. Government"
 *       does not);
 *   <li>a three-dot ellipsis ends a sentence only before a capitalised word other than "I"; a
 *       four-dot one (full stop plus ellipsis) before anything but lower case; "[...]" never;
 *   <li>numbered and lettered lists ("1.) … 2.) …", "• 9. … • 10. …") split before each item.
 * </ul>
 * These follow the "Golden Rules" of the pragmatic_segmenter / pySBD projects.
 */
public final class NewsSentenceSplitter implements SentenceSplitter {

    /** Longest word looked at before a full stop; longer ones are ordinary words. */
    private static final int MAX_WORD = 40;

    /** Prepositions that open a fronted time phrase ("At 5 a.m. Mr. Smith went ..."). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of(
            "at", "by", "before", "after", "until", "till", "from", "since", "around", "about", "on",
            "in", "between", "shortly", "just");

    private static final Set<String> DAYS_AND_MONTHS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "local", "eastern", "pacific", "central", "mountain");

    /**
     * {@inheritDoc} The text is first copied into an array ({@link Chars}): to split many
     * paragraphs of one text, use {@link DocumentParser}, which copies it once.
     */
    @Override
    public List<Span> split(String text, int start, int end) {
        return split(new Chars(text), start, end);
    }

    /** {@link #split(String, int, int)} over a text already in an array. */
    List<Span> split(Chars text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        return new Pass(text, from, to).run();
    }

    /** State of one split call. */
    private static final class Pass {
        private final Chars text;
        private final int end;
        private final List<Span> out = new ArrayList<>();
        /** Start of the current sentence. */
        private int s;
        /** List marker opening the current sentence, or null. */
        private ListMarker marker;

        Pass(Chars text, int start, int end) {
            this.text = text;
            this.end = end;
            this.s = start;
        }

        /**
         * The scan looks at each character once, for the terminals only (and, in a list, for
         * the next item at each token start); the rare rules that count the words before a
         * terminal count them then ({@link #wordsBefore}).
         */
        List<Span> run() {
            startSentence(skipSpace(s));
            int i = s;
            while (i < end) {
                char c = text.charAt(i);
                if (marker != null && i > s && isTokenStart(i) && marker.nextItemAt(text, i, end)) {
                    add(s, i);
                    startSentence(i);
                }
                if ((c == '.' || c == '!' || c == '?' || c == '\u2026' || c > 0x7F && isOtherTerminal(c))
                        && (marker == null || i >= marker.end)) {
                    i = terminal(i);
                    continue;
                }
                i++;
            }
            add(s, end);
            return out;
        }

        private void startSentence(int at) {
            s = at;
            marker = ListMarker.at(text, at, end);
        }

        /** Whether a token (a white-space delimited chunk) of the current sentence starts at {@code i}. */
        private boolean isTokenStart(int i) {
            return !DocumentParser.isSpace(text.charAt(i)) && (i == s || DocumentParser.isSpace(text.charAt(i - 1)));
        }

        /**
         * Words (tokens starting with a letter or digit) of the current sentence before
         * {@code i}, counted up to {@code max}.
         */
        private int wordsBefore(int i, int max) {
            int words = 0;
            for (int k = s; k < i && words < max; k++) {
                if (Character.isLetterOrDigit(text.charAt(k)) && isTokenStart(k)) {
                    words++;
                }
            }
            return words;
        }

        /**
         * Handles the terminal cluster starting at {@code i}; returns where scanning goes on. When
         * it returns the start of a new sentence, {@link #s} equals the returned index.
         */
        private int terminal(int i) {
            // the cluster: . ! ? … and spaced dots ". . ."
            int dots = 0;
            boolean bang = false;
            int j = i;
            while (j < end) {
                char ch = text.charAt(j);
                if (ch == '.') {
                    dots++;
                } else if (ch == '\u2026') {
                    dots += 3;
                } else if (ch == '!' || ch == '?' || isOtherTerminal(ch)) {
                    bang = true;
                } else {
                    break;
                }
                j++;
            }
            int runEnd = j;
            int runDots = dots;
            boolean spaced = false;
            if (!bang && dots > 0) {
                while (j + 1 < end && text.charAt(j) == ' ' && text.charAt(j + 1) == '.'
                        && (j + 2 >= end || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                    spaced = true;
                    j += 2;
                    dots++;
                    while (j < end && text.charAt(j) == '.') {
                        j++;
                        dots++;
                    }
                }
                if (spaced && dots < 3) { // ". ." is no ellipsis
                    j = runEnd;
                    dots = runDots;
                    spaced = false;
                }
            }
            int clusterEnd = j;
            // "[...]" marks an omission inside a quotation
            if (i > s && text.charAt(i - 1) == '[' && clusterEnd < end && text.charAt(clusterEnd) == ']') {
                return clusterEnd;
            }
            int k = clusterEnd;
            while (k < end && isCloser(text.charAt(k))) {
                k++;
            }
            if (k >= end) {
                return end; // the paragraph end ends the sentence
            }
            if (!DocumentParser.isSpace(text.charAt(k))) {
                return clusterEnd;
            }
            int n = skipSpace(k);
            if (n >= end) {
                return end;
            }
            // a detached closing quote: 'Let's talk about it tomorrow.' "
            int m = n;
            while (m < end && isCloser(text.charAt(m))) {
                m++;
            }
            if (m > n && (m == end || DocumentParser.isSpace(text.charAt(m)) && isCurlyCloser(text.charAt(n)))) {
                k = m;
                n = skipSpace(m);
                if (n >= end) {
                    return end;
                }
            }
            int w = n; // first character of the next word, past opening quotes and brackets
            while (w < end && isOpener(text.charAt(w))) {
                w++;
            }
            int cp = w < end ? text.codePointAt(w) : ' ';
            boolean nextLower = Character.isLowerCase(cp);
            boolean nextUpper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
            boolean boundary;
            if (bang) {
                boundary = !nextLower;
            } else if (dots >= 4) {
                if (spaced && !nextLower && i > s && !DocumentParser.isSpace(text.charAt(i - 1))
                        && runDots == 1) {
                    // "compounds. . . . The practice": full stop, then an ellipsis opening the next
                    add(s, i + 1);
                    startSentence(skipSpace(i + 1));
                    return s;
                }
                boundary = !nextLower;
            } else if (dots == 3) {
                boundary = nextUpper && !isWord(w, "I") && wordsBefore(i, 1) > 0;
            } else {
                boundary = !nextLower && fullStopEnds(i, w, cp, n != w);
            }
            if (!boundary) {
                return clusterEnd;
            }
            add(s, k);
            startSentence(n);
            return n;
        }

        /** Whether the full stop at {@code dot} ends the sentence, the next word being at {@code w}. */
        private boolean fullStopEnds(int dot, int w, int cp, boolean quoted) {
            int a = dot;
            while (a > s && dot - a <= MAX_WORD && !DocumentParser.isSpace(text.charAt(a - 1))) {
                a--;
            }
            if (dot - a > MAX_WORD) {
                return true;
            }
            while (a < dot && isOpener(text.charAt(a))) {
                a++;
            }
            if (a == dot) {
                return true;
            }
            if (dot - a == 1 && Character.isUpperCase(text.charAt(a))) {
                return opensSentence(w, cp, quoted); // an initial: "John F. Kennedy", "Leroy P. Steele"
            }
            Abbreviations.Kind kind = Abbreviations.kind(text, a, dot);
            if (kind == Abbreviations.Kind.TITLE || kind == Abbreviations.Kind.NEVER) {
                return false;
            }
            boolean nextDigit = Character.isDigit(cp);
            if (kind == Abbreviations.Kind.NUMERIC) {
                return !nextDigit; // "No. 10", "Jan. 5"; but "in Jan. The ..." ends
            }
            if (kind == Abbreviations.Kind.GENERAL) {
                return opensSentence(w, cp, quoted);
            }
            if (isInitialism(a, dot)) {
                if (isTime(a, dot)) {
                    return !frontedTimePhrase(dot) && timeIsFollowedBySentence(w, cp);
                }
                return opensSentence(w, cp, quoted);
            }
            return true;
        }

        /** After an ambiguous abbreviation: does the word at {@code w} open a new sentence? */
        private boolean opensSentence(int w, int cp, boolean quoted) {
            if (!(Character.isUpperCase(cp) || Character.isTitleCase(cp))) {
                return false;
            }
            if (quoted) {
                return true; // a quotation opening with a capital: "U.S. \"We will ..."
            }
            int e = w;
            while (e < end && e - w <= Abbreviations.MAX_LENGTH && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e - w == 1 && e < end && text.charAt(e) == '.') {
                return false; // another initial: "J. R. R. Tolkien"
            }
            return Abbreviations.isSentenceStarter(text, w, e);
        }

        /**
         * After "a.m."/"p.m.": a capitalised word opens a sentence unless it is a time zone
         * ("ET", "GMT") or a day or month ("5 p.m. Tuesday").
         */
        private boolean timeIsFollowedBySentence(int w, int cp) {
            if (!(Character.isUpperCase(cp) || Character.isTitleCase(cp))) {
                return false;
            }
            int e = w;
            boolean allUpper = true;
            while (e < end && e - w <= 10 && Character.isLetter(text.charAt(e))) {
                allUpper &= Character.isUpperCase(text.charAt(e));
                e++;
            }
            if (allUpper && e - w <= 4) {
                return false;
            }
            return e - w > 10 || !DAYS_AND_MONTHS.contains(text.substring(w, e).toLowerCase(Locale.ROOT));
        }

        /** "U.S", "a.m", "Ph.D": letter groups of at most three joined by single dots. */
        private boolean isInitialism(int a, int dot) {
            int group = 0;
            boolean inner = false;
            for (int k = a; k < dot; k++) {
                char ch = text.charAt(k);
                if (Character.isLetter(ch)) {
                    if (++group > 3) {
                        return false;
                    }
                } else if (ch == '.' && group > 0) {
                    group = 0;
                    inner = true;
                } else {
                    return false;
                }
            }
            return inner && group > 0;
        }

        private boolean isTime(int a, int dot) {
            if (dot - a != 3) {
                return false;
            }
            char c0 = Character.toLowerCase(text.charAt(a));
            return (c0 == 'a' || c0 == 'p') && Character.toLowerCase(text.charAt(a + 2)) == 'm';
        }

        /** "At 5 a.m." so far: a preposition and a time, which cannot stand as a sentence. */
        private boolean frontedTimePhrase(int dot) {
            if (wordsBefore(dot, 5) > 4) {
                return false;
            }
            int a = s;
            while (a < end && isOpener(text.charAt(a))) {
                a++;
            }
            int e = a;
            while (e < end && e - a <= 10 && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return e - a <= 10 && TIME_PREPOSITIONS.contains(text.substring(a, e).toLowerCase(Locale.ROOT));
        }

        private boolean isWord(int w, String word) {
            int e = w + word.length();
            return e <= end && text.startsWith(word, w) && (e == end || !Character.isLetter(text.charAt(e)));
        }

        private int skipSpace(int i) {
            while (i < end && DocumentParser.isSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private void add(int a, int b) {
            Span span = DocumentParser.trim(text, new Span(a, b));
            if (!span.isEmpty()) {
                out.add(span);
            }
        }
    }

    /** Full stops and question marks of other scripts met in quoted text: । ॥ 。 ！ ？ ؟ */
    static boolean isOtherTerminal(char c) {
        return c == '\u0964' || c == '\u0965' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u061F';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
                || c == '}' || c == '\u00BB' || c == '\u203A';
    }

    /** Closers that cannot open anything: curly closing quotes and closing brackets. */
    private static boolean isCurlyCloser(char c) {
        return c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '}' || c == '\u00BB';
    }

    static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '['
                || c == '{' || c == '\u00AB' || c == '\u2039';
    }
}
