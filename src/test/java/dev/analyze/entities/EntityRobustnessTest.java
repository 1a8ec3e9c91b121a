package dev.analyze.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Arbitrary input never throws and every mention lies inside the text. */
class EntityRobustnessTest {

    private static final NewsEntityRecognizer RECOGNIZER = new NewsEntityRecognizer();

    private static void check(String text) {
        Document doc = DocumentParser.standard().parse("x", "x", text);
        EntityAnalysis a = RECOGNIZER.analyze(doc);
        for (Entity e : a.entities()) {
            assertTrue(e.count() == e.mentions().size());
            for (Mention m : e.mentions()) {
                assertTrue(m.start() >= 0 && m.start() < m.end() && m.end() <= text.length(), m.toString());
                assertTrue(a.entityAt(m.start()).isPresent());
            }
        }
        a.resolveName(text);
        a.resolveDescription(text, text.length());
        a.mentionsIn(0, text.length());
    }

    @Property(tries = 300)
    void anyUnicodeText(@ForAll @StringLength(max = 300) String text) {
        check(text);
    }

    @Property(tries = 200)
    void capitalisedNoise(@ForAll("words") String text) {
        check(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.of("The", "US", "U.S.", "Mr.", "of", "(", ")", "WHO", "Kerry", "said",
                ",", ".", "and", "Secretary", "State", "'s", "\"", "-", "al-", "Bank", "University", "\n\n", "Ltd",
                "IIT-Delhi", "(ABC)", "Prime", "Minister")
                .list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Test
    void hostileInputs() {
        check("");
        check("\u0000\uD800 A\uDC00B \u202E Mr. \u0301X");
        check("(".repeat(5000) + "ABC" + ")".repeat(5000));
        check("Big Capital Run ".repeat(20_000));
        check("\"".repeat(100_000));
        check("Bank of ".repeat(20_000) + "England");
    }
}
