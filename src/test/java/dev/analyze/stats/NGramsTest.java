package dev.analyze.stats;

import static dev.analyze.stats.WordStatsAnalyzerTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NGramsTest {

    private static final String TEXT = "Yesterday Prime Minister Nawaz Sharif met officials of the ministry."
            + " The talks with Prime Minister Sharif went well, and Prime Minister Sharif left.";

    private static List<String> texts(NGramTable table) {
        return table.rows().stream().map(NGram::text).toList();
    }

    @Test
    void bigramsWithAMinimumCount() {
        NGramTable table = NGrams.analyze(parse(TEXT), new NGramOptions(2, 2, 0));
        assertEquals(List.of("Prime Minister", "Minister Sharif"), texts(table));
        assertEquals(List.of(3, 2), table.rows().stream().map(NGram::count).toList());
        assertEquals(List.of("Prime", "Minister"), table.rows().get(0).words());
    }

    @Test
    void trigrams() {
        NGramTable table = NGrams.analyze(parse(TEXT), new NGramOptions(3, 1, 0));
        assertEquals("Prime Minister Sharif", table.rows().get(0).text());
        assertEquals(2, table.rows().get(0).count());
        assertTrue(texts(table).contains("Prime Minister Nawaz"));
    }

    @Test
    void noNGramCrossesPunctuationOrIsOnlyStopwords() {
        List<String> all = texts(NGrams.analyze(parse(TEXT), new NGramOptions(2, 1, 0)));
        assertFalse(all.contains("well and"), all.toString());
        assertFalse(all.contains("of the"), all.toString());
        assertTrue(all.contains("officials of"), all.toString());
        assertTrue(all.contains("the ministry"), all.toString());
    }

    @Test
    void tiesGoByFirstOccurrence() {
        NGramTable table = NGrams.analyze(parse("Red apples and green pears. Green pears and red apples."),
                new NGramOptions(2, 2, 0));
        assertEquals(List.of("red apples", "green pears"), texts(table));
        assertEquals(List.of(1, 2), table.rows().stream().map(NGram::rank).toList());
    }

    @Test
    void nMustBeTwoToFour() {
        assertThrows(IllegalArgumentException.class, () -> new NGramOptions(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new NGramOptions(5, 1, 0));
        assertEquals(4, NGrams.analyze(parse(TEXT), new NGramOptions(4, 1, 1)).n());
    }

    @Property(tries = 200)
    void anyTextGivesNGramsOfNWords(@ForAll String text, @ForAll @IntRange(min = 2, max = 4) int n) {
        for (NGram g : NGrams.analyze(parse(text), new NGramOptions(n, 1, 0)).rows()) {
            assertEquals(n, g.words().size());
            assertTrue(g.count() >= 1);
        }
    }
}
