package dev.analyze.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StringTableTest {

    @Test
    void numbersAreDenseInOrderOfFirstAppearanceAndTagsSeparate() {
        StringTable t = new StringTable(1);
        assertEquals(-1, t.find("the", 0));
        assertEquals(0, t.add("the", 0));
        assertEquals(1, t.add("the", 1));
        assertEquals(2, t.add("", 0));
        assertEquals(0, t.find("the", 0));
        assertEquals(1, t.find("the", 1));
        assertEquals(2, t.find("", 0));
        assertEquals(-1, t.find("The", 0));
        t.data()[t.base(1)] = 42;
        assertEquals(42, t.data()[t.base(t.find("the", 1))]);
        assertEquals(3, t.size());
        assertEquals(6, t.chars());
    }

    /**
     * A guard against quadratic time, not a speed assertion: 65,536 words sharing one
     * String.hashCode ("Aa"/"BB" pairs) made every add probe past all earlier ones (a 1 MB text of
     * them took 12 s in stats); with a seeded hash it is linear, a few milliseconds.
     */
    @Test
    void wordsSharingAStringHashCodeDoNotMakeLookUpsQuadratic() {
        List<String> words = dev.analyze.document.CollidingWords.of(16);
        StringTable t = new StringTable(0);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            for (int i = 0; i < words.size(); i++) {
                assertEquals(i, t.add(words.get(i), 0));
            }
            for (int i = 0; i < words.size(); i++) {
                assertEquals(i, t.find(words.get(i), 0));
            }
        });
    }

    @Test
    void manyNearbyStringsStayFindableThroughGrowth() {
        StringTable t = new StringTable(2);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            words.add("w" + i); // consecutive hashes: the case linear probing handles worst
        }
        for (int i = 0; i < words.size(); i++) {
            assertEquals(i, t.add(words.get(i), i & 1));
            t.data()[t.base(i) + 1] = -i;
        }
        for (int i = 0; i < words.size(); i++) {
            assertEquals(i, t.find(words.get(i), i & 1));
            assertEquals(-1, t.find(words.get(i), 1 - (i & 1)));
            assertEquals(-i, t.data()[t.base(i) + 1]);
        }
    }

    @Property(tries = 300)
    void behavesLikeAMap(@ForAll List<String> strings) {
        StringTable t = new StringTable(0);
        Map<String, Integer> expected = new HashMap<>();
        for (String s : strings) {
            int e = t.find(s, 0);
            Integer want = expected.get(s);
            assertEquals(want == null ? -1 : want, e);
            if (e < 0) {
                expected.put(s, t.add(s, 0));
            }
        }
        assertEquals(expected.size(), t.size());
    }
}
