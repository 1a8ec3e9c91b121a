package dev.analyze.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WordStatsAnalyzerTest {

    static Document parse(String text) {
        return DocumentParser.standard().parse("test.txt", "test", text);
    }

    static Document kerry() throws IOException {
        return DocumentParser.standard().parse("kerry.txt", "samples/kerry.txt",
                Files.readString(Path.of("samples/kerry.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void countsOfAShortTextAreExact() {
        WordStats s = WordStatsAnalyzer.analyze(parse(
                "Cats sleep\n\nThe cat sat on the mat. It was happy!\n\nDogs bark loudly."));
        assertEquals(14, s.words());
        assertEquals(13, s.uniqueWords()); // "The" and "the" are one word
        assertEquals(4, s.sentences()); // the headline is a sentence
        assertEquals(3, s.paragraphs()); // and a paragraph
        assertEquals(16, s.syllables()); // "happy" and "loudly" have two
        assertEquals(50, s.letters());
        assertEquals(10 + 37 + 17, s.characters());
        assertEquals(3.5, s.meanSentenceLength(), 1e-12);
        assertEquals(6, s.maxSentenceLength());
        assertEquals(2, s.longestSentence());
        assertEquals(6, s.p90SentenceLength());
        assertEquals(0, s.polysyllables());
        assertEquals(14.0 / 238, s.readingMinutes(), 1e-12);
    }

    @Test
    void complexWordsLeaveOutNamesCompoundsAndInflections() {
        WordStats s = WordStatsAnalyzer.analyze(parse("Budget\n\nYesterday the government announced a comprehensive,"
                + " well-organized investigation into Indonesia. The devoted officers agreed."));
        // Yesterday, government, comprehensive, well-organized, investigation, Indonesia, devoted, officers
        assertEquals(8, s.polysyllables());
        // not Indonesia (a name), well-organized (hyphenated), devoted (three only by -ed)
        assertEquals(5, s.complexWords());
    }

    @Test
    void aRepeatedHeadlineCountsOnce() {
        WordStats once = WordStatsAnalyzer.analyze(parse("Storm hits coast\n\nThe storm hit the coast."));
        WordStats thrice = WordStatsAnalyzer.analyze(parse(
                "Storm hits coast\n\nStorm hits coast\nStorm hits coast\n\nThe storm hit the coast."));
        assertEquals(once.words(), thrice.words());
        assertEquals(8, thrice.words());
        assertEquals(2, thrice.sentences());
        assertEquals(2, thrice.paragraphs());
        assertEquals(once.characters(), thrice.characters());
    }

    @Test
    void kerryCountsTheHeadlineOnce() throws IOException {
        String raw = Files.readString(Path.of("samples/kerry.txt"), StandardCharsets.UTF_8);
        String headline = raw.substring(0, raw.indexOf('\n'));
        int body = raw.lastIndexOf(headline + "\n") + headline.length() + 1;
        String once = headline + "\n\n" + raw.substring(body);
        WordStats fromRaw = WordStatsAnalyzer.analyze(kerry());
        WordStats fromOnce = WordStatsAnalyzer.analyze(parse(once));
        assertEquals(fromOnce.words(), fromRaw.words());
        assertEquals(fromOnce.sentences(), fromRaw.sentences());
        assertEquals(fromOnce.paragraphs(), fromRaw.paragraphs());
        assertEquals(fromOnce.characters(), fromRaw.characters());
        assertEquals(fromOnce.syllables(), fromRaw.syllables());
        assertTrue(fromRaw.words() > 380 && fromRaw.words() < 430, "about 400 words: " + fromRaw.words());
    }

    @Test
    void anEmptyDocumentHasZerosNotNaN() {
        WordStats s = WordStatsAnalyzer.analyze(parse(""));
        assertEquals(0, s.words());
        assertEquals(0, s.sentences());
        assertEquals(0, s.longestSentence());
        for (double v : derived(s)) {
            assertTrue(Double.isFinite(v));
        }
        WordStats punctuation = WordStatsAnalyzer.analyze(parse("... !!! ---"));
        assertEquals(0, punctuation.words());
        assertEquals(0, punctuation.sentences());
        assertEquals(0.0, punctuation.fleschReadingEase());
    }

    static Stream<Document> documents() throws IOException {
        return Stream.of(kerry(),
                parse("Cats sleep\n\nThe cat sat on the mat. It was happy!\n\nDogs bark loudly."),
                parse("One sentence only, with a rather unremarkable vocabulary, twenty-three words, and 1,500 people."));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyFigureIsItsFormulaOverTheRecordsCounts(Document doc) {
        WordStats s = WordStatsAnalyzer.analyze(doc);
        double w = s.words();
        double n = s.sentences();
        double y = s.syllables();
        assertEquals(w / n, s.meanSentenceLength(), 1e-9);
        assertEquals(y / w, s.syllablesPerWord(), 1e-9);
        assertEquals(s.uniqueWords() / w, s.typeTokenRatio(), 1e-9);
        assertEquals(w / 238, s.readingMinutes(), 1e-9);
        assertEquals(206.835 - 1.015 * (w / n) - 84.6 * (y / w), s.fleschReadingEase(), 1e-9);
        assertEquals(0.39 * (w / n) + 11.8 * (y / w) - 15.59, s.fleschKincaidGrade(), 1e-9);
        assertEquals(0.4 * (w / n + 100 * s.complexWords() / w), s.gunningFog(), 1e-9);
        assertEquals(1.043 * Math.sqrt(s.polysyllables() * 30 / n) + 3.1291, s.smog(), 1e-9);
        assertEquals(0.0588 * (s.letters() / w * 100) - 0.296 * (n / w * 100) - 15.8, s.colemanLiau(), 1e-9);
        assertEquals(4.71 * (s.letters() / w) + 0.5 * (w / n) - 21.43, s.ari(), 1e-9);
    }

    @Test
    void jsonFieldNamesAreTheAgreedOnes() {
        List<String> names = Arrays.stream(WordStats.class.getRecordComponents()).map(RecordComponent::getName).toList();
        for (String required : List.of("words", "sentences", "paragraphs", "uniqueWords", "syllables",
                "fleschReadingEase", "fleschKincaidGrade", "gunningFog", "smog", "colemanLiau", "ari")) {
            assertTrue(names.contains(required), required);
        }
    }

    @Property(tries = 300)
    void anyTextGivesFiniteFigures(@ForAll String text) {
        WordStats s = WordStatsAnalyzer.analyze(parse(text));
        for (double v : derived(s)) {
            assertTrue(Double.isFinite(v), s.toString());
        }
        assertTrue(s.words() >= s.uniqueWords());
        assertTrue(s.syllables() >= 0);
    }

    private static double[] derived(WordStats s) {
        return new double[] {s.meanSentenceLength(), s.syllablesPerWord(), s.typeTokenRatio(), s.readingMinutes(),
            s.fleschReadingEase(), s.fleschKincaidGrade(), s.gunningFog(), s.smog(), s.colemanLiau(), s.ari()};
    }
}
