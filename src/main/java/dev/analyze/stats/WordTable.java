package dev.analyze.stats;

import java.util.Arrays;

/**
 * The {@link WordProfile} figures of every word form met so far, one table per thread, kept in
 * {@link StringTable}s: forms (with whether they stood in an all-capitals sentence) and keys.
 * A look-up touches a few cache lines where a hash map of strings would chase a node, a string,
 * its bytes and a profile object per occurrence; and the collector copies a few arrays, not a
 * hundred thousand small objects.
 *
 * <p>Each distinct key has a number, so a document's unique words are counted by marking
 * numbers rather than filling a set. Forms over {@link #MAX_LENGTH} characters are not kept
 * (their figures are worked out each time). Between documents, a table grown past
 * {@link #LIMIT} forms or keys (or their characters) starts afresh, so memory stays bounded
 * over any corpus. Not thread-safe: use {@link #local()}.
 */
final class WordTable {

    /** Longest form kept; longer tokens (web addresses, junk) seldom repeat. */
    static final int MAX_LENGTH = 64;
    /** Forms or keys kept before the table is cleared at the next document. */
    static final int LIMIT = 100_000;

    private static final ThreadLocal<WordTable> LOCAL = ThreadLocal.withInitial(() -> new WordTable(LIMIT));

    // the figures of a form, after its StringTable ints
    private static final int LETTERS = 0;
    private static final int SYLLABLES = 1;
    private static final int KEY = 2;
    private static final int FLAGS = 3;
    private static final int LOWER_CASE = 1;
    private static final int COMPLEX_FORM = 2;

    private final int limit;
    private StringTable forms;
    private StringTable keys;
    // the figures of the word last found
    private int letters;
    private int syllables;
    private int key;
    private int flags;
    /** Per key number: the document that last saw it. */
    private int[] seen;
    private int document;

    /** @param limit forms or keys kept before the table is cleared at the next document */
    WordTable(int limit) {
        this.limit = limit;
        clear();
    }

    static WordTable local() {
        return LOCAL.get();
    }

    private void clear() {
        forms = new StringTable(4);
        keys = new StringTable(0);
        seen = new int[1024];
        document = 0;
    }

    /** Starts a document: {@link #firstInDocument} answers afresh. */
    void startDocument() {
        if (forms.size() > limit || keys.size() > limit || keys.chars() > limit * MAX_LENGTH) {
            clear();
        }
        document++;
    }

    /**
     * Looks {@code text} up as a word (in an all-capitals sentence or not), working its figures
     * out on first sight; {@link #letters()} and the others then answer for it, until the next
     * look-up.
     */
    void find(String text, boolean shouted) {
        if (text.length() > MAX_LENGTH) {
            WordProfile p = WordProfile.compute(text, shouted);
            letters = p.letters();
            syllables = p.syllables();
            key = keyNumber(p.key());
            flags = flags(p);
            return;
        }
        int tag = shouted ? 1 : 0;
        int e = forms.find(text, tag);
        if (e < 0) {
            WordProfile p = WordProfile.compute(text, shouted);
            int k = keyNumber(p.key());
            e = forms.add(text, tag);
            int[] data = forms.data();
            int at = forms.base(e);
            data[at + LETTERS] = p.letters();
            data[at + SYLLABLES] = p.syllables();
            data[at + KEY] = k;
            data[at + FLAGS] = flags(p);
        }
        int[] data = forms.data();
        int at = forms.base(e);
        letters = data[at + LETTERS];
        syllables = data[at + SYLLABLES];
        key = data[at + KEY];
        flags = data[at + FLAGS];
    }

    private static int flags(WordProfile p) {
        return (p.lowerCase() ? LOWER_CASE : 0) | (p.complexForm() ? COMPLEX_FORM : 0);
    }

    private int keyNumber(String key) {
        int k = keys.find(key, 0);
        if (k < 0) {
            k = keys.add(key, 0);
            if (k >= seen.length) {
                seen = Arrays.copyOf(seen, seen.length * 2);
            }
        }
        return k;
    }

    /** Whether the key of the word last found is met for the first time in this document. */
    boolean firstInDocument() {
        if (seen[key] == document) {
            return false;
        }
        seen[key] = document;
        return true;
    }

    int letters() {
        return letters;
    }

    int syllables() {
        return syllables;
    }

    /** The number of the key of the word last found: the same for every form with that key. */
    int key() {
        return key;
    }

    boolean lowerCase() {
        return (flags & LOWER_CASE) != 0;
    }

    boolean complexForm() {
        return (flags & COMPLEX_FORM) != 0;
    }
}
