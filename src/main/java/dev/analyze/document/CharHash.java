package dev.analyze.document;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A seeded hash of characters for the project's open-addressing tables (word forms, token
 * strings). Not {@link String#hashCode}: words built from "Aa" and "BB" all share that hash, so a
 * text of such words made every look-up probe past every earlier one (1 MB took 12 s). Each table
 * takes its own random seed, so no fixed text can make its words collide.
 */
public final class CharHash {

    private CharHash() {
    }

    /** A fresh seed for one table. */
    public static int seed() {
        return ThreadLocalRandom.current().nextInt();
    }

    /** The hash of {@code cs[from, to)} under {@code seed}. */
    public static int of(int seed, char[] cs, int from, int to) {
        int h = seed;
        for (int k = from; k < to; k++) {
            h = (h ^ cs[k]) * 0x01000193; // FNV-1a, a character at a time
        }
        return finish(h);
    }

    /** The hash of {@code s} under {@code seed}; equal to {@link #of(int, char[], int, int)} on the same characters. */
    public static int of(int seed, CharSequence s) {
        int h = seed;
        for (int k = 0; k < s.length(); k++) {
            h = (h ^ s.charAt(k)) * 0x01000193;
        }
        return finish(h);
    }

    /** Spreads the bits (murmur3's finaliser): FNV's low bits, which pick the slot, mix poorly. */
    private static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
