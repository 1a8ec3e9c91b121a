package dev.analyze.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    private static Document parse(String text) {
        return DocumentParser.standard().parse("test", "test", text);
    }

    private static final String FLOOD = "River floods the old town\n\n"
            + "The river burst its banks on Sunday and flooded the old town of Linden, forcing 300 people from their homes.\n\n"
            + "Firefighters used boats to reach families trapped in the flooded houses near the river.\n\n"
            + "The town's mayor said the flood was the worst since 1950 and asked for help from the army.\n\n"
            + "Local shops sold out of sandbags within hours.\n\n"
            + "Linden lies at the meeting of two rivers and has flooded four times in a century.\n\n"
            + "The weather service expects more rain on Wednesday.";

    @Test
    void twoSentenceArticleWithKThreeReturnsBoth() {
        // test case 26
        Document doc = parse("Short note\n\nThe museum reopened on Monday after repairs. Entry stays free for children.");
        List<SummarySentence> s = summarizer.summarize(doc, 3);
        assertEquals(2, s.size());
        assertTrue(s.get(0).text().startsWith("The museum reopened"));
        assertTrue(s.get(1).text().startsWith("Entry stays free"));
    }

    @Test
    void bylineAndDatelineAreNeverPickedButTheLeadStillIs() {
        // test case 27
        Document doc = parse("River floods the old town\n\nBy Jane Doe\n\nLINDEN (Reuters) -\n\n"
                + FLOOD.substring(FLOOD.indexOf("The river burst")));
        List<SummarySentence> s = summarizer.summarize(doc, 3);
        assertEquals(3, s.size());
        assertTrue(s.stream().noneMatch(x -> x.text().startsWith("By Jane") || x.text().startsWith("LINDEN")));
        assertTrue(s.get(0).text().startsWith("The river burst"), s.toString());
    }

    @Test
    void sentencesComeInDocumentOrderWithTheirLocations() {
        Document doc = parse(FLOOD);
        List<SummarySentence> s = summarizer.summarize(doc, 3);
        assertEquals(3, s.size());
        for (int i = 0; i < s.size(); i++) {
            SummarySentence x = s.get(i);
            assertEquals(x.text(), doc.text().substring(x.start(), x.end()));
            if (i > 0) {
                assertTrue(x.sentence() > s.get(i - 1).sentence());
            }
        }
    }

    @Test
    void aPronounOpenerIsNotPickedWithoutItsAntecedent() {
        Document doc = parse("Council vote\n\n"
                + "The council voted on Tuesday to close the old swimming pool in the park.\n\n"
                + "Ana Ruiz, who leads the opposition, called the vote a disgrace for the town and its children.\n"
                + "She said the pool had taught three generations of children to swim.\n\n"
                + "The pool opened in 1962 and needs repairs costing 2 million euros.\n\n"
                + "A new pool may be built near the school, the council said.\n\n"
                + "Residents have started a petition to keep the pool open.");
        for (int k = 1; k <= 4; k++) {
            List<SummarySentence> s = summarizer.summarize(doc, k);
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).text().startsWith("She said")) {
                    int n = s.get(i).sentence();
                    assertTrue(i > 0 && s.get(i - 1).sentence() == n - 1, "k=" + k + ": " + s);
                }
            }
        }
    }

    @Test
    void ratioTakesAShareOfTheContentSentences() {
        Document doc = parse(FLOOD);
        assertEquals(3, summarizer.summarize(doc, 0.5).size());
        assertEquals(1, summarizer.summarize(doc, 0.01).size());
        assertEquals(6, summarizer.summarize(doc, 1.0).size());
        assertThrows(IllegalArgumentException.class, () -> summarizer.summarize(doc, 0.0));
        assertThrows(IllegalArgumentException.class, () -> summarizer.summarize(doc, 0));
    }

    @Test
    void kerrySummaryLeadsWithTheSanctuariesSentence() throws IOException {
        Document doc = parse(Files.readString(Path.of("samples/kerry.txt")));
        List<SummarySentence> s = summarizer.summarize(doc, 3);
        assertEquals(3, s.size());
        assertTrue(s.get(0).text().contains("sanctuaries of terror"), s.toString());
        assertFalse(s.stream().anyMatch(x -> x.text().startsWith("Pak a victim")), "headline is not a summary sentence");
    }

    @Test
    void emptyDocumentGivesAnEmptySummary() {
        assertTrue(summarizer.summarize(parse(""), 3).isEmpty());
        assertTrue(summarizer.summarize(parse("\u0000\uD800 \"\"="), 3).size() <= 1);
    }
}
