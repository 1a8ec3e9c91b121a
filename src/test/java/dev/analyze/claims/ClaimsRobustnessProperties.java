package dev.analyze.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.quotes.QuoteAnalysis;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Arbitrary input never makes claims or summaries throw, and every location points into the text. */
class ClaimsRobustnessProperties {

    private final ClaimExtractor extractor = new ClaimExtractor();
    private final Summarizer summarizer = new Summarizer();

    private void check(String text) {
        Document doc = DocumentParser.standard().parse("p", "p", text);
        EntityAnalysis ea = Analyses.entities(doc);
        QuoteAnalysis qa = Analyses.quotes(doc, ea);
        List<Claim> claims = extractor.analyze(doc, ea, qa, ClaimFilter.top(20));
        for (Claim c : claims) {
            assertTrue(0 <= c.start() && c.start() <= c.end() && c.end() <= text.length());
            assertEquals(text.substring(c.start(), c.end()), c.text());
            assertTrue(c.sentence() >= 1 && c.sentence() <= doc.sentences().size());
            assertTrue(c.paragraph() >= 1 && c.paragraph() <= doc.paragraphs().size());
            assertTrue(Double.isFinite(c.score()));
        }
        for (SummarySentence s : summarizer.summarize(doc, 3)) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
        }
    }

    @Property(tries = 300)
    void anyUnicodeIsSafe(@ForAll @StringLength(max = 400) String text) {
        check(text);
    }

    @Property(tries = 300)
    void newsPunctuationSoupIsSafe(@ForAll @StringLength(max = 400)
            @Chars({'"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '.', ',', ':', ';', '-', '\n', ' ', '?', '!',
                    '(', ')', '\u2014', '5', '0', '%', '$'})
            @CharRange(from = 'a', to = 'e') @Chars({'S', 'K', 'H'}) String soup) {
        // sprinkle in the words attribution looks for
        check(soup.replace("a", " said ").replace("b", " according to ").replace("c", " He ")
                .replace("S", " Kerry ").replace("K", " the minister ").replace("H", "\n\n"));
    }
}
