package dev.analyze.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Counts the syllables of a word as written: a pronunciation dictionary first, the
 * {@link SyllableRule fallback rule} for words it does not know.
 *
 * <p>The dictionary is the CMU Pronouncing Dictionary, stored compactly: the table
 * ({@code syllables.txt}) keeps only the words whose count the rest of this class would get
 * wrong, so a word absent from the table is counted by the rule and gets the dictionary's answer
 * whenever the dictionary has it. How words are read:
 * <ul>
 * <li>case is ignored, except that an all-capital abbreviation of up to three letters, or one
 *     without a vowel, is spelled out letter by letter ("US" 2, "FBI" 3, "NHS" 3; "W" is 3);
 *     "NATO" is read as a word; dotted initials ("U.N.") are spelled too;
 * <li>accents are dropped ("café" as "cafe"), curly apostrophes are straight ones;
 * <li>a possessive adds a syllable only after a sibilant ("Kerry's" 2, "Bush's" 2);
 * <li>hyphenated and slashed words are the sum of their parts ("IIT-Delhi" 5);
 * <li>numbers are counted as spoken, roughly ({@link NumberSyllables}): "50,000" as "fifty
 *     thousand" (4), "2019" as "twenty nineteen" (4), "3.5%" as "three point five percent";
 *     letters and digits mixed are counted run by run ("G7" 3, "COVID-19" 4);
 * <li>every token with a letter or digit has at least one syllable ("hmm" 1);
 * <li>a token over 64 characters (a long web address, junk) is counted by the rule over its letters.
 * </ul>
 */
public final class Syllables {

    /** Where the table lives on the class path. */
    static final String TABLE_RESOURCE = "/dev/analyze/stats/syllables.txt";

    private Syllables() {
    }

    /** Tokens longer than this are not words anyone says: their letters are counted by the rule alone. */
    static final int MAX_WORD_LENGTH = 64;

    /** Answers already computed: news vocabulary repeats, so most words are looked up once. */
    private static final ConcurrentHashMap<String, Integer> CACHE = new ConcurrentHashMap<>(1 << 16);
    private static final int CACHE_LIMIT = 100_000;

    /** Syllables of a token as written; 0 when it has no letter or digit. */
    public static int count(String token) {
        Integer cached = CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        int count = compute(token);
        if (token.length() <= MAX_WORD_LENGTH && CACHE.size() < CACHE_LIMIT) {
            CACHE.put(token, count);
        }
        return count;
    }

    private static int compute(String token) {
        String s = normalise(token);
        if (!hasLetterOrDigit(s)) {
            return 0;
        }
        if (s.length() > MAX_WORD_LENGTH) {
            return Math.max(1, SyllableRule.runs(s.toLowerCase(Locale.ROOT)));
        }
        return Math.max(1, count(s, Table.WORDS::get));
    }

    /**
     * Whether a token is an abbreviation spoken letter by letter ("US", "FBI", "U.N."), which
     * {@link #count} spells out rather than reading as a word.
     */
    public static boolean isSpelledAbbreviation(String token) {
        int letters = 0;
        boolean dotted = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters++;
            } else if (c == '.' && i > 0 && token.charAt(i - 1) != '.') {
                dotted = true;
            } else {
                return false;
            }
        }
        if (dotted) {
            return letters >= 1;
        }
        return letters >= 2 && (letters <= 3 || !pronounceable(token));
    }

    /** Onsets an English word may start with, so "NASA" and "UNESCO" are words but "DMCA" is not. */
    private static final java.util.Set<String> ONSETS = java.util.Set.of(
            "BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GR", "KL", "KN", "KR", "PH", "PL", "PR",
            "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR");

    /**
     * Whether capitals can be read as a word: a vowel, no run of three consonants, and two
     * consonants at the start only where English words have them.
     */
    private static boolean pronounceable(String caps) {
        boolean vowel = false;
        int run = 0;
        for (int i = 0; i < caps.length(); i++) {
            boolean v = "AEIOUY".indexOf(caps.charAt(i)) >= 0;
            vowel |= v;
            run = v ? 0 : run + 1;
            if (run >= 3) {
                return false;
            }
            if (i == 1 && run == 2 && !ONSETS.contains(caps.substring(0, 2))) {
                return false;
            }
        }
        return vowel;
    }

    /**
     * The count of a normalised token (case kept) given a dictionary lookup that answers null
     * for words it does not hold. Used at run time with the table and by the generator that
     * builds the table.
     */
    static int count(String s, Function<String, Integer> dictionary) {
        if (isSpelledAbbreviation(s)) {
            return spelled(s);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        Integer known = dictionary.apply(lower);
        if (known != null) {
            return known;
        }
        return derive(s, lower, dictionary);
    }

    /** The count of a word that is not in the dictionary as a whole: from its parts, or the rule. */
    static int derive(String s, String lower, Function<String, Integer> dictionary) {
        int n = s.length();
        // hyphenated or slashed: the sum of the parts
        int total = 0;
        int start = 0;
        boolean split = false;
        for (int i = 0; i <= n; i++) {
            if (i == n || isJoiner(s.charAt(i))) {
                if (i < n) {
                    split = true;
                }
                if (split && i > start) {
                    total += count(s.substring(start, i), dictionary);
                }
                start = i + 1;
            }
        }
        if (split) {
            return total;
        }
        if (n > 2 && lower.endsWith("'s")) {
            String base = s.substring(0, n - 2);
            return count(base, dictionary)
                    + (!isSpelledAbbreviation(base) && SyllableRule.endsInSibilant(lower.substring(0, n - 2)) ? 1 : 0);
        }
        if (n > 2 && lower.endsWith("s'")) {
            return count(s.substring(0, n - 1), dictionary);
        }
        if (hasDigit(s)) {
            return NumberSyllables.count(s, part -> count(part, dictionary));
        }
        // an upper-case abbreviation with a plural s: "CEOs", "MPs"
        if (n >= 3 && s.charAt(n - 1) == 's' && isSpelledAbbreviation(s.substring(0, n - 1))) {
            return spelled(s.substring(0, n - 1));
        }
        // "mr", "dr", "st": the dictionary has them with their dot
        if (lower.indexOf('.') < 0 && !hasVowel(lower)) {
            Integer dotted = dictionary.apply(lower + ".");
            if (dotted != null) {
                return dotted;
            }
        }
        if (isDottedInitials(lower)) {
            return spelled(lower);
        }
        return SyllableRule.count(lower);
    }

    /** "a.m.", "u.s", "e.g.": single letters each followed by a dot (the last dot may be missing). */
    private static boolean isDottedInitials(String lower) {
        int n = lower.length();
        if (n < 2) {
            return false;
        }
        for (int i = 0; i < n; i += 2) {
            char c = lower.charAt(i);
            if (c < 'a' || c > 'z' || (i + 1 < n && lower.charAt(i + 1) != '.')) {
                return false;
            }
        }
        return true;
    }

    /** Syllables of letter names: "W" is "double-u", every other letter one. */
    private static int spelled(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c >= 'a' && c <= 'z') {
                count += c == 'w' ? 3 : 1;
            }
        }
        return count;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014';
    }

    private static boolean hasVowel(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if ("aeiouy".indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Accents dropped, curly apostrophes straightened, other digits (Arabic-Indic...) as ASCII. */
    static String normalise(String token) {
        boolean ascii = true;
        for (int i = 0; i < token.length() && ascii; i++) {
            ascii = token.charAt(i) < 128;
        }
        if (ascii) {
            return token;
        }
        String s = Normalizer.normalize(token, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032') {
                b.append('\'');
            } else if (c >= 128 && Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The dictionary table, read once on first use. */
    private static final class Table {
        static final Map<String, Integer> WORDS = load();

        private static Map<String, Integer> load() {
            try (InputStream in = Syllables.class.getResourceAsStream(TABLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + TABLE_RESOURCE);
                }
                return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads the table format: {@code #} comment lines, a line {@code =N} before the words of N
     * syllables, then one word a line. Scans the whole text at once rather than through a
     * Reader: the table is read in every one-shot stats run, mostly by the interpreter.
     */
    static Map<String, Integer> read(String table) {
        Map<String, Integer> words = new HashMap<>(32_768);
        Integer current = null;
        int start = 0;
        while (start < table.length()) {
            int end = table.indexOf('\n', start);
            if (end < 0) {
                end = table.length();
            }
            int lineEnd = end > start && table.charAt(end - 1) == '\r' ? end - 1 : end;
            if (lineEnd > start) {
                char first = table.charAt(start);
                if (first == '=') {
                    current = Integer.valueOf(table.substring(start + 1, lineEnd).trim());
                } else if (first != '#' && current != null) {
                    words.put(table.substring(start, lineEnd), current);
                }
            }
            start = end + 1;
        }
        return words;
    }
}
