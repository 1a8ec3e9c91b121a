package dev.analyze.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link WordProfile} figures of every word form met so far, one table per thread, laid out
 * flat so that a look-up touches few cache lines: a slot array points into int records kept in
 * order of first appearance, whose characters sit in one char array. Frequent words appear
 * early, so their records stay together in the processor cache; a hash map of strings would
 * chase a node, a string, its bytes and a profile object per occurrence.
 *
 * <p>Each distinct key gets a small number, so a document's unique words are counted by marking
 * numbers rather than filling a set. Forms over {@link #MAX_LENGTH} characters are not kept: their
 * figures go to record 0, valid until the next look-up.
 * Between documents, a table grown past {@link #LIMIT} forms starts afresh, so memory stays
 * bounded over any corpus. Not thread-safe: use {@link #local()}.
 */
final class WordTable {

    /** Longest form kept; longer tokens (web addresses, junk) seldom repeat. */
    static final int MAX_LENGTH = 64;
    /** Forms (or keys) kept before the table is cleared at the next document. */
    static final int LIMIT = 100_000;

    private static final ThreadLocal<WordTable> LOCAL = ThreadLocal.withInitial(() -> new WordTable(LIMIT));

    // record layout: HASH, START (in chars), LENGTH, LETTERS, SYLLABLES, KEY, FLAGS, unused
    private static final int STRIDE = 8;
    private static final int HASH = 0;
    private static final int START = 1;
    private static final int LENGTH = 2;
    private static final int LETTERS = 3;
    private static final int SYLLABLES = 4;
    private static final int KEY = 5;
    private static final int FLAGS = 6;
    private static final int SHOUTED = 1;
    private static final int LOWER_CASE = 2;
    private static final int COMPLEX_FORM = 4;

    /** Record index per slot; 0 is empty. Open addressing, linear probing. */
    private int[] slots;
    private int[] records;
    private char[] chars;
    private int size;
    private int used;
    private final Map<String, Integer> keys = new HashMap<>();
    /** Per key number: the document that last saw it. */
    private int[] seen;
    private int document;
    private final int limit;

    /** @param limit forms (or keys) kept before the table is cleared at the next document */
    WordTable(int limit) {
        this.limit = limit;
        clear();
    }

    static WordTable local() {
        return LOCAL.get();
    }

    private void clear() {
        slots = new int[1 << 12];
        records = new int[1024 * STRIDE];
        chars = new char[8192];
        size = 1; // record 0: the latest form too long to keep
        used = 0;
        keys.clear();
        seen = new int[1024];
        document = 0;
    }

    /** Starts a document: {@link #firstInDocument} answers afresh. */
    void startDocument() {
        if (size > limit || keys.size() > limit) {
            clear();
        }
        document++;
    }

    /** The record of {@code text} as a word (in an all-capitals sentence or not), made on first sight. */
    int find(String text, boolean shouted) {
        int n = text.length();
        if (n > MAX_LENGTH) {
            fill(0, 0, text, shouted);
            return 0;
        }
        int h = text.hashCode() * 31 + (shouted ? 1 : 0);
        int mask = slots.length - 1;
        // Fibonacci hashing: similar words have nearby string hashes
        int slot = (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(slots.length));
        while (true) {
            int r = slots[slot];
            if (r == 0) {
                return add(slot, h, text, shouted);
            }
            int base = r * STRIDE;
            if (records[base + HASH] == h && records[base + LENGTH] == n
                    && (records[base + FLAGS] & SHOUTED) == (shouted ? SHOUTED : 0)
                    && sameChars(text, records[base + START])) {
                return r;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean sameChars(String text, int start) {
        for (int i = 0; i < text.length(); i++) {
            if (chars[start + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int add(int slot, int h, String text, boolean shouted) {
        int r = size++;
        if (size * STRIDE > records.length) {
            records = Arrays.copyOf(records, records.length * 2);
        }
        int n = text.length();
        if (used + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
        }
        text.getChars(0, n, chars, used);
        fill(r, h, text, shouted);
        records[r * STRIDE + START] = used;
        used += n;
        slots[slot] = r;
        if (size * 2 > slots.length) {
            rehash();
        }
        return r;
    }

    private void fill(int r, int h, String text, boolean shouted) {
        WordProfile p = WordProfile.compute(text, shouted);
        int base = r * STRIDE;
        records[base + HASH] = h;
        records[base + LENGTH] = text.length();
        records[base + LETTERS] = p.letters();
        records[base + SYLLABLES] = p.syllables();
        records[base + KEY] = keyNumber(p.key());
        records[base + FLAGS] = (shouted ? SHOUTED : 0) | (p.lowerCase() ? LOWER_CASE : 0)
                | (p.complexForm() ? COMPLEX_FORM : 0);
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int bits = Integer.numberOfTrailingZeros(bigger.length);
        for (int r = 1; r < size; r++) {
            int slot = (records[r * STRIDE + HASH] * 0x9E3779B9) >>> (32 - bits);
            while (bigger[slot] != 0) {
                slot = (slot + 1) & (bigger.length - 1);
            }
            bigger[slot] = r;
        }
        slots = bigger;
    }

    /** The number of {@code key}, the same for every form with that key. */
    private int keyNumber(String key) {
        Integer k = keys.get(key);
        if (k == null) {
            k = keys.size();
            keys.put(key, k);
            if (k >= seen.length) {
                seen = Arrays.copyOf(seen, seen.length * 2);
            }
        }
        return k;
    }

    /** Whether the key numbered {@code key} is met for the first time in this document. */
    boolean firstInDocument(int key) {
        if (seen[key] == document) {
            return false;
        }
        seen[key] = document;
        return true;
    }

    int letters(int r) {
        return records[r * STRIDE + LETTERS];
    }

    int syllables(int r) {
        return records[r * STRIDE + SYLLABLES];
    }

    int key(int r) {
        return records[r * STRIDE + KEY];
    }

    boolean lowerCase(int r) {
        return (records[r * STRIDE + FLAGS] & LOWER_CASE) != 0;
    }

    boolean complexForm(int r) {
        return (records[r * STRIDE + FLAGS] & COMPLEX_FORM) != 0;
    }
}
