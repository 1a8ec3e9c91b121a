package dev.analyze.stats;

import static dev.analyze.stats.WordStatsAnalyzerTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KwicTest {

    private static List<String> matches(KwicResult r) {
        return r.hits().stream().map(KwicHit::match).toList();
    }

    @Test
    void caseInsensitiveWholeWords() {
        KwicResult r = Kwic.find(parse("The Port of Portland. A port strike; the PORT reopened. Airport news."), "port", 40);
        assertEquals(List.of("Port", "port", "PORT"), matches(r));
        assertEquals(List.of(1, 2, 2), r.hits().stream().map(KwicHit::sentence).toList());
    }

    @Test
    void hitsCarryContextSentenceAndOffset() {
        Document doc = parse("Storm warning\n\nThe river rose overnight. Officials said the river would crest at noon.");
        KwicResult r = Kwic.find(doc, "river", 12);
        assertEquals(2, r.hits().size());
        KwicHit second = r.hits().get(1);
        assertEquals(3, second.sentence());
        assertEquals(2, second.paragraph());
        assertEquals(doc.text().indexOf("river would"), second.offset());
        assertEquals("als said the", second.left()); // twelve characters

        assertEquals("would crest", second.right());
        KwicHit first = r.hits().get(0);
        assertEquals("The", first.left());
    }

    @Test
    void phrasesMatchAcrossLineBreaksButNotPunctuation() {
        Document doc = parse("Talks\n\nHe met Prime\nMinister Sharif and\tthe Prime Minister's aides, not a prime, minister.");
        KwicResult r = Kwic.find(doc, "prime minister", 30);
        assertEquals(List.of("Prime Minister", "Prime Minister's"), matches(r));
        for (KwicHit hit : r.hits()) {
            for (String s : List.of(hit.left(), hit.match(), hit.right())) {
                assertTrue(s.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\t'), s);
            }
        }
        assertTrue(r.hits().get(0).right().startsWith("Sharif and the Prime"), r.hits().get(0).right());
    }

    @Test
    void partsOfHyphenatedWordsAndPossessives() {
        Document doc = parse("A session at IIT-Delhi drew Kerry's aides, and Kerry spoke.");
        assertEquals(List.of("Delhi"), matches(Kwic.find(doc, "Delhi", 10)));
        assertEquals(List.of("IIT-Delhi"), matches(Kwic.find(doc, "iit-delhi", 10)));
        assertEquals(List.of("Kerry's", "Kerry"), matches(Kwic.find(doc, "kerry", 10)));
        assertEquals(0, Kwic.find(doc, "aides and", 10).hits().size());
        assertEquals(0, Kwic.find(doc, "  ", 10).hits().size());
    }

    @Test
    void kerrySanctuariesWithTheHeadlineOnce() throws IOException {
        Document doc = WordStatsAnalyzerTest.kerry();
        KwicResult r = Kwic.find(doc, "sanctuaries", 30);
        // once in the headline (printed three times in the file), twice in the body
        assertEquals(3, r.hits().size());
        assertEquals(1, r.hits().get(0).sentence());
        assertEquals(1, r.hits().stream().filter(h -> h.paragraph() == 1).count());
        assertTrue(r.hits().get(1).left().endsWith("eliminating"), r.hits().get(1).left());
        assertTrue(r.hits().get(2).left().endsWith("talking on the"), r.hits().get(2).left());
    }

    @Property(tries = 300)
    void anyTextAndTermAreSafe(@ForAll String text, @ForAll String term, @ForAll @IntRange(max = 50) int width) {
        Document doc = parse(text);
        for (KwicHit hit : Kwic.find(doc, term, width).hits()) {
            assertTrue(hit.offset() >= 0 && hit.offset() < text.length());
            assertTrue(hit.left().length() <= width && hit.right().length() <= width);
            assertTrue((hit.left() + hit.match() + hit.right()).chars().noneMatch(c -> c == '\n' || c == '\r'));
        }
    }

    @Property(tries = 200)
    void aWordOfTheTextIsFoundWhereItIs(@ForAll("words") String word) {
        String text = "Before " + word + " after.";
        KwicResult r = Kwic.find(parse(text), word, 20);
        assertTrue(r.hits().size() >= 1);
        assertEquals(word, text.substring(r.hits().get(0).offset(), r.hits().get(0).offset() + word.length()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    }
}
