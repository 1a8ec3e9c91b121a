package dev.analyze.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import dev.analyze.document.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordTableTest {

    /** The table's figures for each word must be those computed afresh, whatever came before. */
    private static void assertAgreesWithProfiles(WordTable table, List<String> words, boolean shouted) {
        table.startDocument();
        Set<String> keys = new HashSet<>();
        for (String w : words) {
            WordProfile p = WordProfile.compute(w, shouted);
            table.find(w, shouted);
            assertEquals(p.letters(), table.letters(), w);
            assertEquals(p.syllables(), table.syllables(), w);
            assertEquals(p.lowerCase(), table.lowerCase(), w);
            assertEquals(p.complexForm(), table.complexForm(), w);
            assertEquals(keys.add(p.key()), table.firstInDocument(), w);
        }
    }

    private static List<String> words(Document doc) {
        List<String> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.isWord()) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }

    @Test
    void kerryTwiceAndShoutedAgreeWithProfilesComputedAfresh() throws IOException {
        List<String> words = words(WordStatsAnalyzerTest.kerry());
        WordTable table = new WordTable(WordTable.LIMIT);
        assertAgreesWithProfiles(table, words, false);
        assertAgreesWithProfiles(table, words, false); // a second document: every word unique again
        assertAgreesWithProfiles(table, words, true);
    }

    @Test
    void aSmallLimitClearsBetweenDocumentsWithoutChangingAnswers() throws IOException {
        List<String> words = words(WordStatsAnalyzerTest.kerry());
        WordTable table = new WordTable(10);
        for (int i = 0; i < 3; i++) {
            assertAgreesWithProfiles(table, words, i == 2);
        }
    }

    @Test
    void formsDifferingInCaseShareAKey() {
        WordTable table = new WordTable(WordTable.LIMIT);
        table.startDocument();
        table.find("The", false);
        int upper = table.key();
        assertTrue(table.firstInDocument());
        assertFalse(table.lowerCase());
        table.find("the", false);
        assertEquals(upper, table.key());
        assertFalse(table.firstInDocument());
        assertTrue(table.lowerCase());
        // "US" is spelled out as a country, read as "us" in an all-capitals sentence
        table.find("US", false);
        assertEquals(2, table.syllables());
        table.find("US", true);
        assertEquals(1, table.syllables());
    }

    @Test
    void formsTooLongToKeepStillCountAndShareKeys() {
        WordTable table = new WordTable(WordTable.LIMIT);
        String url = "https://example.org/" + "a".repeat(WordTable.MAX_LENGTH);
        assertAgreesWithProfiles(table, List.of(url, "short", url, url.toUpperCase(), "short"), false);
    }

    @Property(tries = 200)
    void anyWordsAgreeWithProfiles(@ForAll List<String> words) {
        List<String> nonEmpty = words.stream().filter(w -> !w.isEmpty()).toList();
        WordTable table = new WordTable(50);
        assertAgreesWithProfiles(table, nonEmpty, false);
        assertAgreesWithProfiles(table, nonEmpty, true);
    }
}
