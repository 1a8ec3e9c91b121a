package dev.analyze.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharHashTest {

    @Test
    void theArrayAndSequenceFormsAgree() {
        for (String s : List.of("", "a", "Kerry", "naïve", "東京", "\uD83D\uDE00 ok")) {
            char[] padded = ("xx" + s + "yy").toCharArray();
            assertEquals(CharHash.of(42, s), CharHash.of(42, padded, 2, 2 + s.length()), s);
        }
    }

    /** "Aa" and "BB" share String.hashCode, and so do all words built from them: not here. */
    @Test
    void wordsThatShareAStringHashCodeDoNotShareThisOne() {
        List<String> words = CollidingWords.of(10);
        assertEquals(1, words.stream().map(String::hashCode).distinct().count(), "the words do collide in String");
        for (int seed : new int[] {0, 1, -7, 0x5EED}) {
            Set<Integer> hashes = new HashSet<>();
            for (String w : words) {
                hashes.add(CharHash.of(seed, w));
            }
            assertEquals(words.size(), hashes.size(), "seed " + seed);
        }
    }

    @Test
    void theSeedChangesTheHash() {
        assertNotEquals(CharHash.of(1, "Kerry"), CharHash.of(2, "Kerry"));
    }
}
