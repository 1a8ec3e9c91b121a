package dev.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quoted spans that are nobody's words, and look-alikes that are quotes. */
class NotAQuoteTest {

    private static QuoteKind kindOf(String text) {
        Document doc = DocumentParser.standard().parse("t", "t", text);
        QuoteAnalysis qa = new QuoteExtractor().analyze(doc, TestEntities.of(doc));
        assertEquals(1, qa.all().size(), qa.all()::toString);
        return qa.all().get(0).kind();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // titles of works, names, nicknames, words as words
        "She starred in \u201CThe Last Picture Show\u201D in 1971.|NOT_A_QUOTE",
        "The ship, known as \u201Cthe old lady\u201D, sails today.|NOT_A_QUOTE",
        "The so-called \u201Cgreen wall\u201D was built in May.|NOT_A_QUOTE",
        "The fighter, dubbed \u201Cthe hammer\u201D by fans, won.|NOT_A_QUOTE",
        "The region was called the \u201Cbreadbasket\u201D of Africa.|NOT_A_QUOTE",
        "\u201CX-19\u201D is the name of the disease.|NOT_A_QUOTE",
        "The letter \u201CD\u201D stands for the year.|NOT_A_QUOTE",
        "They live in the \u201CBlue House\u201D near the river.|NOT_A_QUOTE",
        "He goes by the name \u201CShorty\u201D in town.|NOT_A_QUOTE",
        // quotes that look like those
        "The minister called the bill \u201Ca disaster for farmers.\u201D|PARTIAL",
        "\u201CYes,\u201D said Ann Lee.|FULL",
        "The police declared it a \u201Cterrorist-related\u201D attack.|PARTIAL",
        "Trump attacked the inquiry as \u201CWitch Hunt garbage.\u201D|PARTIAL",
    })
    void kinds(String text, QuoteKind expected) {
        assertEquals(expected, kindOf(text));
    }
}
