package dev.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.Gender;
import dev.analyze.entities.NewsEntityRecognizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * samples/kerry.txt: six quoted spans (one running over two paragraphs), every one John Kerry's,
 * including those attributed by "he said" and by "The US Secretary said".
 */
class KerrySampleTest {

    private static final List<String> QUOTE_STARTS = List.of("pretty intense pushback", "We are working on it",
            "in fairness", "More than 50,000 people", "There have been communication");

    private static Document kerry() throws IOException {
        String text = Files.readString(Path.of("samples/kerry.txt"), StandardCharsets.UTF_8);
        return DocumentParser.standard().parse("kerry.txt", "samples/kerry.txt", text);
    }

    private static void assertAllKerry(Document doc, EntityAnalysis ents) {
        QuoteAnalysis qa = new QuoteExtractor().analyze(doc, ents);
        for (String start : QUOTE_STARTS) {
            Quote q = qa.quotes().stream().filter(x -> x.text().startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("missing quote " + start + " in " + qa.quotes()));
            assertEquals(Optional.of("John Kerry"), q.speaker(), q::toString);
        }
        // the multi-paragraph quote also holds the paragraph "It is clear that Pakistan ..."
        assertTrue(qa.quotes().stream().anyMatch(q -> q.text().contains("It is clear that Pakistan has work to do")
                && q.speaker().equals(Optional.of("John Kerry"))));
        assertEquals(5, qa.quotes().size(), qa.quotes()::toString);
        Quote fairness = qa.quotes().stream().filter(q -> q.text().equals("in fairness")).findFirst().orElseThrow();
        assertEquals(QuoteKind.PARTIAL, fairness.kind());
        assertEquals(Optional.of("The US Secretary"), fairness.speakerMention());
        Quote multi = qa.quotes().stream().filter(q -> q.text().startsWith("We are working")).findFirst().orElseThrow();
        assertEquals(QuoteKind.MULTI_PARAGRAPH, multi.kind());
        assertEquals(Optional.of("Kerry"), multi.speakerMention());
    }

    @Test
    void everyQuoteIsKerrysWithHandMadeEntities() throws IOException {
        Document doc = kerry();
        Function<Document, EntityAnalysis> ents = d -> TestEntities.of(d)
                .person("John Kerry", Gender.MALE, "us secretary of state", "secretary of state")
                .person("Nawaz Sharif", Gender.MALE, "pakistan prime minister")
                .person("Narendra Modi", Gender.MALE, "prime minister");
        assertAllKerry(doc, ents.apply(doc));
    }

    @Test
    void everyQuoteIsKerrysWithTheNewsEntityRecognizer() throws IOException {
        Document doc = kerry();
        assertAllKerry(doc, new NewsEntityRecognizer().analyze(doc));
    }
}
