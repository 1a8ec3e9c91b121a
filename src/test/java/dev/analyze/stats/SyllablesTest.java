package dev.analyze.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {

    @Test
    void theTableFormatIsReadWithCommentsCountsAndEitherLineEnd() {
        java.util.Map<String, Integer> t = Syllables.read("# comment\n=1\nfire\r\nhour\n\n=3\n#x\nbusiness\nso-called");
        assertEquals(java.util.Map.of("fire", 1, "hour", 1, "business", 3, "so-called", 3), t);
    }

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cat          | 1
            table        | 2
            India        | 3
            INDIA        | 3
            Pakistan     | 3
            Kerry        | 2
            Kerry's      | 2
            Kerry’s      | 2
            Bush's       | 2
            boss's       | 2
            officials'   | 3
            IIT-Delhi    | 5
            US           | 2
            FBI          | 3
            FBI's        | 3
            WHO          | 5
            NATO         | 2
            UNESCO       | 3
            DMCA         | 4
            USSR         | 4
            U.N.         | 2
            CEOs         | 3
            Mr           | 2
            Mr.          | 2
            café         | 2
            don’t        | 1
            hmm          | 1
            terrorism    | 4
            """)
    void wordsAsWritten(String word, int syllables) {
        assertEquals(syllables, Syllables.count(word));
    }

    @ParameterizedTest(name = "{0} is spoken in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7         | 2
            50,000    | 4
            1,000,000 | 3
            2019      | 4
            1990      | 4
            1990s     | 4
            1905      | 4
            2005      | 4
            1st       | 1
            2nd       | 2
            20th      | 3
            116th     | 5
            3.5%      | 5
            0.5       | 4
            $1.2bn    | 7
            10:30     | 3
            G7        | 3
            COVID-19  | 4
            """)
    void numbersAsSpoken(String number, int syllables) {
        assertEquals(syllables, Syllables.count(number));
    }

    /** Made-up words, so the dictionary cannot know them: each shows one part of the rule. */
    @ParameterizedTest(name = "rule: {0} has {1}")
    @CsvSource(delimiter = '|', textBlock = """
            blick       | 1
            blicked     | 1
            blonted     | 2
            blonkes     | 1
            blonches    | 2
            snoodle     | 2
            snoodles    | 2
            zolane      | 2
            zolanely    | 3
            glorbism    | 3
            flurdia     | 3
            flurdiation | 4
            splarying   | 3
            splaying    | 2
            gyrp        | 1
            yarp        | 1
            reactify    | 4
            reoffend    | 3
            """)
    void fallbackRule(String word, int syllables) {
        assertEquals(syllables, SyllableRule.count(word));
    }

    @ParameterizedTest
    @CsvSource({"US,true", "FBI,true", "U.N.,true", "NHS,true", "NATO,false", "NASA,false", "DMCA,true", "HTML,true", "Us,false", "us,false", "A,false",
        "LeT,false", "U.S.,true"})
    void spelledAbbreviations(String token, boolean spelled) {
        assertEquals(spelled, Syllables.isSpelledAbbreviation(token));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            —
            ...
            """)
    void noLetterNoSyllable(String token) {
        assertEquals(0, Syllables.count(token == null ? "" : token));
    }

    @Property(tries = 2000)
    void neverThrowsAndWordsHaveASyllable(@ForAll String token) {
        int count = Syllables.count(token);
        assertTrue(count >= 0);
        boolean hasLetterOrDigit = token.chars().anyMatch(Character::isLetterOrDigit);
        assertEquals(hasLetterOrDigit, count >= 1, token);
    }

    @Property(tries = 500)
    void longNumbersAreReadDigitByDigit(@ForAll("digits") String digits) {
        assertTrue(Syllables.count(digits) >= 1);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> digits() {
        return net.jqwik.api.Arbitraries.strings().withChars("0123456789,.:%$").ofMinLength(1).ofMaxLength(40)
                .filter(s -> s.chars().anyMatch(Character::isDigit));
    }

    @org.junit.jupiter.api.Test
    void tableIsCompactAndLoaded() {
        // a word the rule alone gets wrong must come from the table
        assertFalse(SyllableRule.count("business") == 2);
        assertEquals(2, Syllables.count("business"));
    }
}
