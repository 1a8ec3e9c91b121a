package dev.analyze.stats;

import dev.analyze.document.CharHash;
import java.util.Arrays;

/**
 * Dense numbers (0, 1, 2...) for distinct strings, stored flat: the characters of all strings
 * in one char array and, per string, a fixed number of ints in one int array, so that a
 * look-up touches a few cache lines and the garbage collector sees three arrays rather than
 * a node, a string and a boxed number per entry. Entries are kept in order of first
 * appearance, so frequent strings (met early) sit together in the processor cache.
 *
 * <p>Each entry has a small {@code tag} that is part of its identity (the same characters
 * under two tags are two entries), and {@code extra} ints of the owner's ({@link #data()},
 * from {@link #base(int)}). Not thread-safe.
 */
final class StringTable {

    private static final int HASH = 0;
    private static final int START = 1;
    private static final int LENGTH = 2;
    private static final int TAG = 3;
    /** Ints per entry before the owner's. */
    static final int OWN = 4;

    private final int stride;
    /** Entry number + 1 per slot; 0 is empty. Open addressing, linear probing. */
    private int[] slots = new int[1 << 10];
    /** 32 - log2(slots.length): a hash's top bits pick its slot. */
    private int shift = 32 - 10;
    private int[] data;
    private char[] chars = new char[4096];
    private int size;
    private int used;
    private final int seed = CharHash.seed();

    /** @param extra ints kept per entry for the owner */
    StringTable(int extra) {
        stride = OWN + extra;
        data = new int[256 * stride];
    }

    int size() {
        return size;
    }

    /** Characters held, all entries together. */
    int chars() {
        return used;
    }

    /** The ints of all entries: entry {@code e}'s own start at {@link #base(int) base(e)}. */
    int[] data() {
        return data;
    }

    /** Where the owner's ints of entry {@code e} start in {@link #data()}. */
    int base(int e) {
        return e * stride + OWN;
    }

    /** The number of {@code s} under {@code tag}, or -1 when it has none yet. */
    int find(String s, int tag) {
        int h = hash(s, tag);
        int mask = slots.length - 1;
        for (int slot = spread(h); ; slot = (slot + 1) & mask) {
            int e = slots[slot] - 1;
            if (e < 0) {
                return -1;
            }
            if (matches(e, h, s, tag)) {
                return e;
            }
        }
    }

    /** Adds {@code s} under {@code tag} (which must have no number yet) and returns its number. */
    int add(String s, int tag) {
        int e = size++;
        if (size * stride > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        int n = s.length();
        if (used + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
        }
        s.getChars(0, n, chars, used);
        int at = e * stride;
        data[at + HASH] = hash(s, tag);
        data[at + START] = used;
        data[at + LENGTH] = n;
        data[at + TAG] = tag;
        used += n;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            shift--;
            for (int k = 0; k < size; k++) {
                place(k);
            }
        } else {
            place(e);
        }
        return e;
    }

    private void place(int e) {
        int mask = slots.length - 1;
        int slot = spread(data[e * stride + HASH]);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = e + 1;
    }

    private boolean matches(int e, int h, String s, int tag) {
        int at = e * stride;
        if (data[at + HASH] != h || data[at + LENGTH] != s.length() || data[at + TAG] != tag) {
            return false;
        }
        int start = data[at + START];
        for (int i = 0; i < s.length(); i++) {
            if (chars[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Seeded, not String.hashCode: see {@link CharHash} (words of "Aa" and "BB" made look-ups quadratic). */
    private int hash(String s, int tag) {
        return CharHash.of(seed, s) * 31 + tag;
    }

    /** Fibonacci hashing: similar strings have nearby hashes, which linear probing would pile up. */
    private int spread(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}
