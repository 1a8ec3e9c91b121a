package dev.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The candidate finder's string pool: equal text, one shared string; keys as Names.key gives them. */
class StringPoolTest {

    /** A guard against quadratic time (see StringTableTest): words sharing one String.hashCode. */
    @Test
    void wordsSharingAStringHashCodeDoNotMakeInterningQuadratic() {
        List<String> words = dev.analyze.document.CollidingWords.of(16);
        StringPool pool = new StringPool();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            for (String w : words) {
                char[] cs = w.toCharArray();
                assertEquals(w, pool.intern(cs, 0, cs.length));
            }
            for (String w : words) {
                char[] cs = w.toCharArray();
                assertSame(pool.intern(cs, 0, cs.length), pool.intern(cs, 0, cs.length));
            }
        });
    }

    @Test
    void oneStringPerDistinctTextAcrossGrowth() {
        StringPool pool = new StringPool();
        Map<String, String> seen = new HashMap<>();
        Random r = new Random(4);
        char[] alphabet = "abAB\u00e9\u201C'. -".toCharArray();
        for (int t = 0; t < 20_000; t++) {
            char[] cs = new char[2 + r.nextInt(8)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = alphabet[r.nextInt(alphabet.length)];
            }
            int from = r.nextInt(cs.length);
            int to = from + r.nextInt(cs.length - from + 1);
            String s = pool.intern(cs, from, to);
            String expected = new String(cs, from, to - from);
            assertEquals(expected, s);
            assertSame(seen.computeIfAbsent(expected, x -> s), s, "one instance per text");
        }
    }

    @Test
    void lowerCaseAndKeys() {
        StringPool pool = new StringPool();
        char[] cs = "Geneva GENEVA geneva U.S. Caf\u00e9".toCharArray();
        assertSame(pool.internLowerAscii(cs, 0, 6), pool.intern(cs, 14, 20));
        assertSame(pool.internLowerAscii(cs, 7, 13), pool.intern(cs, 14, 20));
        String us = pool.intern(cs, 21, 25);
        assertEquals(Names.key("U.S."), pool.key(us));
        assertSame(pool.key(us), pool.key(pool.intern(cs, 21, 25)));
        assertEquals("cafe", pool.key(pool.intern(cs, 26, 30)));
    }

    /**
     * The finder keeps every sentence's tokens until the index is built: their memory must follow
     * the vocabulary, not the length of the text (a 10 MB article of repeated sentences made the
     * collector's work grow faster than the text when each token had its own strings).
     */
    @Test
    void retainedTokenStringsFollowTheVocabulary() {
        String sentence = "Officials said the talks will resume in Geneva, where Mr. John Smith met \u201CU.N.\u201D delegates. ";
        Document doc = DocumentParser.standard().parse("t", "t", sentence.repeat(500));
        CandidateFinder finder = new CandidateFinder(doc);
        finder.find();
        Set<String> instances = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> texts = new HashSet<>();
        int tokens = 0;
        for (List<CandidateFinder.Tok> toks : finder.sentenceTokens) {
            for (CandidateFinder.Tok t : toks) {
                instances.add(t.text());
                instances.add(t.key());
                texts.add(t.text());
                texts.add(t.key());
                tokens++;
            }
        }
        assertEquals(500 * 20, tokens, "tokens scanned");
        assertEquals(texts.size(), instances.size(), "one string per distinct text or key");
    }
}
