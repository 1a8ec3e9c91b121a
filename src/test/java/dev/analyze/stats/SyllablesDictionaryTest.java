package dev.analyze.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.document.Token;
import dev.analyze.document.TokenKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the syllable counter against the CMU dictionary in {@code ../shared} (skipped when it
 * is absent): the lookup must give the dictionary's count for the running words of the dev
 * corpus, the fallback rule alone must be right for 90% of dictionary entries it was not tuned
 * on, and the committed table must be what the generator writes.
 */
class SyllablesDictionaryTest {

    private static final Path CORPUS = Path.of("../shared/corpus/wikinews");

    private static LinkedHashMap<String, Integer> dictionary;

    @BeforeAll
    static void readDictionary() {
        assumeTrue(Files.isRegularFile(SyllableTableGenerator.DEFAULT_TSV), "../shared is absent");
        dictionary = SyllableTableGenerator.readDictionary(SyllableTableGenerator.DEFAULT_TSV);
    }

    @Test
    void committedTableIsWhatTheGeneratorWrites() throws IOException {
        String expected = SyllableTableGenerator.format(SyllableTableGenerator.table(dictionary));
        try (InputStream in = Syllables.class.getResourceAsStream(Syllables.TABLE_RESOURCE)) {
            assertEquals(expected, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "regenerate syllables.txt with SyllableTableGenerator");
        }
    }

    @Test
    void everyDictionaryWordGetsItsDictionaryCount() {
        long wrong = dictionary.entrySet().stream()
                .filter(e -> Syllables.count(e.getKey()) != e.getValue())
                .count();
        assertEquals(0, wrong);
    }

    /**
     * Every tenth entry is held back; the rule is measured on those alone. (The table built from
     * the other nine tenths plays no part: a held-back word is, by definition, unknown to it.)
     */
    @Test
    void fallbackRuleIsRightForNineInTenHeldBackEntries() {
        int index = 0;
        int heldBack = 0;
        int right = 0;
        int pipelineRight = 0;
        Map<String, Integer> nineTenths = new HashMap<>();
        List<Map.Entry<String, Integer>> entries = List.copyOf(dictionary.entrySet());
        for (Map.Entry<String, Integer> e : entries) {
            if (++index % 10 != 0) {
                nineTenths.put(e.getKey(), e.getValue());
            }
        }
        Map<String, Integer> table = SyllableTableGenerator.table(nineTenths);
        index = 0;
        for (Map.Entry<String, Integer> e : entries) {
            if (++index % 10 != 0) {
                continue;
            }
            heldBack++;
            if (Math.max(1, SyllableRule.count(e.getKey())) == e.getValue()) {
                right++;
            }
            if (Math.max(1, Syllables.count(e.getKey(), table::get)) == e.getValue()) {
                pipelineRight++;
            }
        }
        double share = right / (double) heldBack;
        double pipelineShare = pipelineRight / (double) heldBack;
        System.out.printf(Locale.ROOT, "fallback rule alone on held-back tenth: %d/%d = %.2f%%;"
                + " with the 9/10 table (possessives, parts): %d/%d = %.2f%%; table of 9/10: %d entries%n",
                right, heldBack, 100 * share, pipelineRight, heldBack, 100 * pipelineShare, table.size());
        assertTrue(share >= 0.90, "rule right for " + share);
        assertTrue(pipelineShare >= share, "table lookups must not make unknown words worse");
    }

    @Test
    void runningWordsOfTheDevCorpusGetTheDictionaryCount() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus is absent");
        DocumentParser parser = DocumentParser.standard();
        int inDictionary = 0;
        int right = 0;
        int outside = 0;
        int words = 0;
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Document doc = parser.parse(file.getFileName().toString(), file.toString(),
                        Files.readString(file, StandardCharsets.UTF_8));
                for (Token t : doc.tokens()) {
                    if (t.kind() != TokenKind.WORD) {
                        continue;
                    }
                    words++;
                    String key = Syllables.normalise(t.text()).toLowerCase(Locale.ROOT);
                    Integer expected = dictionary.get(key);
                    if (expected == null || Syllables.isSpelledAbbreviation(t.text())) {
                        outside++;
                        continue;
                    }
                    inDictionary++;
                    if (Syllables.count(t.text()) == expected) {
                        right++;
                    }
                }
            }
        }
        double share = right / (double) inDictionary;
        System.out.printf(Locale.ROOT, "dev corpus: %d running words; %d in the dictionary, %d right (%.2f%%);"
                + " %d outside it or spelled abbreviations (%.1f%%)%n",
                words, inDictionary, right, 100 * share, outside, 100.0 * outside / words);
        assertTrue(share >= 0.99, "dictionary count for " + share);
    }

    /**
     * The dictionary doubles as a list of real English words: the lemmas shown for the dev corpus
     * (common words the text does not itself contain, i.e. those the lemmatizer made) must be in
     * it, apart from words it lacks ("microbiome", "sysadmin") and compounds.
     */
    @Test
    void lemmasOfTheDevCorpusAreRealWords() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus is absent");
        DocumentParser parser = DocumentParser.standard();
        int made = 0;
        int real = 0;
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Document doc = parser.parse(file.getFileName().toString(), file.toString(),
                        Files.readString(file, StandardCharsets.UTF_8));
                java.util.Set<String> written = new java.util.HashSet<>();
                doc.tokens().forEach(t -> written.add(WordKeys.key(t.text())));
                for (WordFrequency row : WordFrequencies.analyze(doc, new FrequencyOptions(false, false, true, 1, 0))
                        .rows()) {
                    String word = row.word();
                    if (!word.equals(word.toLowerCase(Locale.ROOT)) || written.contains(word)) {
                        continue;
                    }
                    made++;
                    if (dictionary.containsKey(word)) {
                        real++;
                    }
                }
            }
        }
        double share = real / (double) made;
        System.out.printf(Locale.ROOT, "lemmas made for the dev corpus: %d, in the dictionary: %d (%.1f%%)%n",
                made, real, 100 * share);
        assertTrue(share >= 0.97, "real-word share " + share);
    }
}
