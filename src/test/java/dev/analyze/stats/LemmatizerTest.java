package dev.analyze.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmatizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "countries, country", "churches, church", "wishes, wish", "processes, process", "houses, house",
        "groups, group", "headaches, headache", "movies, movie", "ties, tie", "news, news", "series, series",
        "crisis, crisis", "politics, politics", "famous, famous", "class, class", "status, status",
        "officials', official", "india's, india", "children, child", "women, woman", "went, go", "told, tell",
        "lives, life", "beaches, beach", "approaches, approach", "cargoes, cargo", "canoes, canoe", "housewives, housewife", "heroes, hero", "its, its"})
    void withoutContext(String word, String lemma) {
        assertEquals(lemma, Lemmatizer.lemma(word, Set.of()));
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
        "working, work, work", "making, make, make", "planned, plan, plan", "running, run, run",
        "used, use us, use", "agreed, agree, agree", "working, '', working", "evening, even, evening",
        "wanted, want, want", "united, '', united", "doing, do, doing", "carried, carry, carry",
        "carried, '', carried", "focuses, focus, focus"})
    void ingAndEdOnlyOntoWordsTheTextHas(String word, String vocabulary, String lemma) {
        Set<String> words = vocabulary.isEmpty() ? Set.of() : Set.of(vocabulary.split(" "));
        assertEquals(lemma, Lemmatizer.lemma(word, words));
    }
}
