package dev.analyze.stats;

import static dev.analyze.stats.WordStatsAnalyzerTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordFrequenciesTest {

    private static final FrequencyOptions DEFAULTS = FrequencyOptions.defaults();
    private static final FrequencyOptions ALL_WORDS = new FrequencyOptions(true, false, false, 1, 0);
    private static final FrequencyOptions LEMMAS = new FrequencyOptions(false, false, true, 1, 0);

    private static Map<String, Integer> counts(String text, FrequencyOptions options) {
        return WordFrequencies.analyze(parse(text), options).rows().stream()
                .collect(Collectors.toMap(WordFrequency::word, WordFrequency::count));
    }

    @Test
    void countsRanksAndRatesWithoutStopwords() {
        WordFrequencyTable table = WordFrequencies.analyze(parse("Rain in Spain\n\n"
                + "The rain in Spain falls mainly on the plain. The plain is wide. Spain welcomes rain."), DEFAULTS);
        List<WordFrequency> rows = table.rows();
        assertEquals(19, table.totalWords());
        assertEquals(List.of("rain", "Spain", "plain", "falls", "mainly", "wide", "welcomes"),
                rows.stream().map(WordFrequency::word).toList());
        assertEquals(List.of(3, 3, 2, 1, 1, 1, 1), rows.stream().map(WordFrequency::count).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), rows.stream().map(WordFrequency::rank).toList());
        assertEquals(3 * 1000.0 / 19, rows.get(0).perThousand(), 1e-9);
    }

    @Test
    void aSentenceInitialWordFoldsToLowerCaseWhenSeenSoMidSentence() {
        Map<String, Integer> counts = counts("Rain in Spain\n\n"
                + "The rain in Spain falls mainly on the plain. The plain is wide.", ALL_WORDS);
        assertEquals(3, counts.get("the"));
        assertFalse(counts.containsKey("The"));
        assertEquals(2, counts.get("Spain"));
    }

    @Test
    void aWordSeenOnlyCapitalisedKeepsItsCapital() {
        Map<String, Integer> counts = counts("Praising the plan, officials met Ms Okafor. Okafor agreed.", DEFAULTS);
        assertEquals(2, counts.get("Okafor"));
        assertEquals(1, counts.get("Praising"));
        assertEquals(1, counts.get("plan"));
    }

    @Test
    void theCountryUsIsNotThePronounUs() {
        String text = "Officials in the US told us nothing. The US agreed.";
        Map<String, Integer> defaults = counts(text, DEFAULTS);
        assertEquals(2, defaults.get("US"));
        assertFalse(defaults.containsKey("us"));
        Map<String, Integer> all = counts(text, ALL_WORDS);
        assertEquals(2, all.get("US"));
        assertEquals(1, all.get("us"));
    }

    @Test
    void lemmasFoldFormsOntoRealWords() {
        Map<String, Integer> counts = counts("The countries signed treaties. Each country signs. Some workers were"
                + " working while others work. The children played; a child plays. Kerry's aides met Kerry.", LEMMAS);
        assertEquals(2, counts.get("country"));
        assertEquals(2, counts.get("sign"));
        assertEquals(2, counts.get("work"));
        assertEquals(1, counts.get("worker"));
        assertEquals(2, counts.get("child"));
        assertEquals(2, counts.get("play"));
        assertEquals(2, counts.get("Kerry"));
        assertEquals(1, counts.get("treaty"));
        assertFalse(counts.containsKey("countries"));
        assertFalse(counts.containsKey("Kerry's"));
    }

    @Test
    void lemmasLeaveAloneWhatTheyCannotBeSureOf() {
        Map<String, Integer> counts = counts("Williams spoke in the evening. Even so, Williams kept singing."
                + " The Philippines voted.", LEMMAS);
        assertEquals(2, counts.get("Williams"));
        assertEquals(1, counts.get("evening"));
        assertEquals(1, counts.get("singing")); // no "sing" in the text: left alone
        assertEquals(1, counts.get("Philippines"));
        assertEquals(1, counts.get("keep"));
    }

    @Test
    void aNamePluralFoldsWhenTheSingularOccurs() {
        Map<String, Integer> counts = counts("The Republicans met. One Republican left, and Republicans stayed.", LEMMAS);
        assertEquals(3, counts.get("Republican"));
    }

    @Test
    void numbersOnlyWhenAskedFor() {
        String text = "In 2019, 50,000 people marched. In 2020, 50,000 marched again.";
        assertFalse(counts(text, DEFAULTS).containsKey("50,000"));
        Map<String, Integer> withNumbers = counts(text, new FrequencyOptions(false, true, false, 1, 0));
        assertEquals(2, withNumbers.get("50,000"));
        assertEquals(2, withNumbers.get("marched"));
    }

    @Test
    void minimumCountAndLimit() {
        String text = "Rain in Spain\n\nThe rain in Spain falls mainly on the plain. The plain is wide. Spain welcomes rain.";
        List<WordFrequency> rows = WordFrequencies.analyze(parse(text), new FrequencyOptions(false, false, false, 2, 0)).rows();
        assertEquals(List.of("rain", "Spain", "plain"), rows.stream().map(WordFrequency::word).toList());
        rows = WordFrequencies.analyze(parse(text), new FrequencyOptions(false, false, false, 1, 2)).rows();
        assertEquals(List.of("rain", "Spain"), rows.stream().map(WordFrequency::word).toList());
        assertThrows(IllegalArgumentException.class, () -> new FrequencyOptions(false, false, false, 0, 0));
    }

    @Test
    void kerryTopTenIsAboutPakistanKerryAndIndia() throws IOException {
        List<WordFrequency> top = WordFrequencies.analyze(WordStatsAnalyzerTest.kerry(),
                new FrequencyOptions(false, false, false, 1, 10)).rows();
        List<String> words = top.stream().map(WordFrequency::word).toList();
        assertEquals(10, words.size());
        assertTrue(words.subList(0, 3).containsAll(List.of("Pakistan", "Kerry")), words.toString());
        assertTrue(words.contains("India"), words.toString());
        assertTrue(words.stream().noneMatch(Stopwords::isStopword), words.toString());
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).count() >= top.get(i).count());
        }
    }

    @Property(tries = 300)
    void anyTextGivesConsistentTables(@ForAll String text) {
        WordFrequencyTable table = WordFrequencies.analyze(parse(text), new FrequencyOptions(true, true, true, 1, 0));
        int sum = table.rows().stream().mapToInt(WordFrequency::count).sum();
        assertTrue(sum <= table.totalWords());
        table.rows().forEach(r -> assertFalse(r.word().isEmpty()));
    }
}
