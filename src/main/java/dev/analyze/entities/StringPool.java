package dev.analyze.entities;

import dev.analyze.document.CharHash;
import java.util.HashMap;
import java.util.Map;

/**
 * One string per distinct text for the tokens of one document, looked up straight from the
 * characters (no substring made to find it). The candidate finder keeps every sentence's tokens
 * until the entity index is built; a text repeats its words, so sharing them keeps that memory in
 * proportion to the vocabulary rather than to the text (with a copy per token, a 10 MB article
 * made the collector's work grow faster than the text). Not thread-safe: one per analysis.
 */
final class StringPool {

    private String[] table = new String[1024];
    private int[] hashes = new int[1024];
    private int size;
    private final int seed = CharHash.seed();
    /** Keys (Names.key) of the pooled words that need the full normalisation, once per word. */
    private final Map<String, String> keys = new HashMap<>();

    /** The pooled string with the characters {@code cs[from, to)}. */
    String intern(char[] cs, int from, int to) {
        int h = CharHash.of(seed, cs, from, to);
        int mask = table.length - 1;
        int i = h & mask;
        for (String s = table[i]; s != null; s = table[i]) {
            if (hashes[i] == h && sameChars(s, cs, from, to)) {
                return s;
            }
            i = (i + 1) & mask;
        }
        String s = new String(cs, from, to - from);
        table[i] = s;
        hashes[i] = h;
        if (++size * 2 > table.length) {
            grow();
        }
        return s;
    }

    private char[] scratch = new char[64];

    /** The pooled lower case of the ASCII letters and digits {@code cs[from, to)}. */
    String internLowerAscii(char[] cs, int from, int to) {
        int n = to - from;
        if (scratch.length < n) {
            scratch = new char[Math.max(n, 2 * scratch.length)];
        }
        for (int k = 0; k < n; k++) {
            char c = cs[from + k];
            scratch[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return intern(scratch, 0, n);
    }

    /** {@link Names#key} of a pooled word, computed once per distinct word. */
    String key(String pooledWord) {
        return keys.computeIfAbsent(pooledWord, Names::key);
    }

    private static boolean sameChars(String s, char[] cs, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.charAt(k - from) != cs[k]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        table = new String[oldTable.length * 2];
        hashes = new int[table.length];
        int mask = table.length - 1;
        for (int j = 0; j < oldTable.length; j++) {
            if (oldTable[j] != null) {
                int h = oldHashes[j];
                int i = h & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = oldTable[j];
                hashes[i] = h;
            }
        }
    }
}
