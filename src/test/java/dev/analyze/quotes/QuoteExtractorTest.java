package dev.analyze.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.document.Span;
import dev.analyze.entities.EntityType;
import dev.analyze.entities.Gender;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The rules of quote detection and attribution, on sentences written for the purpose. */
class QuoteExtractorTest {

    private static QuoteAnalysis run(String text, Consumer<TestEntities> setup) {
        Document doc = DocumentParser.standard().parse("test", "test", text);
        TestEntities ents = TestEntities.of(doc);
        setup.accept(ents);
        return new QuoteExtractor().analyze(doc, ents);
    }

    private static QuoteAnalysis run(String text) {
        return run(text, e -> { });
    }

    private static Quote only(QuoteAnalysis qa) {
        assertEquals(1, qa.quotes().size(), () -> "quotes: " + qa.quotes());
        return qa.quotes().get(0);
    }

    private static Quote withText(QuoteAnalysis qa, String start) {
        return qa.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + qa.all()));
    }

    @Test
    void invertedSaidWithTitleGivesTheNameWithoutTheTitle() {
        Quote q = only(run("\u201CWe will not back down,\u201D said Mayor Ana Ruiz."));
        assertEquals("We will not back down,", q.text());
        assertEquals(Optional.of("Ana Ruiz"), q.speaker());
        assertEquals(Optional.of("said"), q.cue());
        assertEquals(QuoteKind.FULL, q.kind());
        assertEquals(1, q.paragraph());
        assertEquals(1, q.sentence());
    }

    @Test
    void surnameAfterStraightQuoteLinksToTheFullName() {
        String text = "Mayor Ana Ruiz spoke on Monday. \"We will not back down,\" Ruiz said.";
        Quote q = only(run(text, e -> e.person("Ana Ruiz", Gender.FEMALE, "mayor")));
        assertEquals(Optional.of("Ana Ruiz"), q.speaker());
        assertEquals(Optional.of("Ruiz"), q.speakerMention());
        assertEquals(text.indexOf("We will"), q.start());
        assertEquals(text.indexOf(",\" Ruiz") + 1, q.end());
    }

    @Test
    void appositiveSpeakerAndPronounInTheNextParagraph() {
        String text = "Clinic under strain\n\nHugh Hill, a doctor at the clinic, said: \u201CThey need treatment now.\n\n"
                + "\u201CIf they don\u2019t get it, they\u2019ll die,\u201D he added.";
        QuoteAnalysis qa = run(text, e -> e.person("Hugh Hill", Gender.MALE));
        assertFalse(qa.quotes().isEmpty());
        for (Quote q : qa.quotes()) {
            assertEquals(Optional.of("Hugh Hill"), q.speaker(), q::toString);
        }
        String all = String.join(" ", qa.quotes().stream().map(Quote::text).toList());
        assertTrue(all.contains("They need treatment now."));
        assertTrue(all.contains("If they don\u2019t get it, they\u2019ll die,"));
    }

    @Test
    void multiParagraphQuoteIsOneQuoteWithOneSpeaker() {
        String text = "Variants\n\n\u201CCases are falling,\u201D Dub\u00E9 said. \u201CBut the variants are rising.\n\n"
                + "\u201CUntil now we have coped.\n\n\u201CFollow the rules.\u201D\n\nThe briefing ended at noon.";
        QuoteAnalysis qa = run(text, e -> e.person("Marie Dub\u00E9", Gender.FEMALE));
        assertEquals(2, qa.quotes().size(), qa.quotes()::toString);
        Quote multi = qa.quotes().get(1);
        assertEquals(QuoteKind.MULTI_PARAGRAPH, multi.kind());
        assertEquals(3, multi.parts().size());
        assertEquals(Optional.of("Marie Dub\u00E9"), multi.speaker());
        assertEquals(2, multi.paragraph());
        assertTrue(multi.text().startsWith("But the variants are rising."));
        assertTrue(multi.text().endsWith("Follow the rules."));
        assertTrue(qa.warnings().isEmpty(), qa.warnings()::toString);
    }

    @Test
    void quoteInterruptedByItsAttributionIsOneSplitQuote() {
        String text = "Lena Ortiz took the stage. \u201CWe are ready,\u201D she said, \u201Cand we will act.\u201D";
        Quote q = only(run(text, e -> e.person("Lena Ortiz", Gender.FEMALE)));
        assertEquals(QuoteKind.SPLIT, q.kind());
        assertEquals(2, q.parts().size());
        assertEquals(Optional.of("Lena Ortiz"), q.speaker());
        assertEquals(Optional.of("she"), q.speakerMention());
        assertEquals("We are ready,", text.substring(q.parts().get(0).start(), q.parts().get(0).end()));
        assertEquals("and we will act.", text.substring(q.parts().get(1).start(), q.parts().get(1).end()));
    }

    @Test
    void partialQuoteAfterADescriptionResolvesThroughTitles() {
        String text = "Senator Jo Park opposed the measure. The senator called the bill \u201Ca disaster for farmers.\u201D";
        Quote q = only(run(text, e -> e.person("Jo Park", Gender.UNKNOWN, "senator")));
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals(Optional.of("Jo Park"), q.speaker());
        assertEquals(Optional.of("The senator"), q.speakerMention());
    }

    @Test
    void titleOfAWorkIsNotAQuote() {
        QuoteAnalysis qa = run("She starred in \u201CThe Last Picture Show\u201D in 1971.");
        assertTrue(qa.quotes().isEmpty());
        assertEquals(1, qa.all().size());
        assertEquals(QuoteKind.NOT_A_QUOTE, qa.all().get(0).kind());
    }

    @Test
    void nicknameAfterTheQuoteIsNotAQuoteAndTheUnnamedSpeakerStaysUnknown() {
        QuoteAnalysis qa = run("\u201CLast night. Some gun violence. Senseless,\u201D said a homeless man who goes by "
                + "the name \u201CShorty.\u201D");
        Quote q = only(qa);
        assertTrue(q.text().startsWith("Last night."));
        assertEquals(Optional.empty(), q.speaker());
        assertEquals(Optional.of("a homeless man"), q.speakerMention());
        assertEquals(2, qa.all().size());
        assertEquals(QuoteKind.NOT_A_QUOTE, qa.all().get(1).kind());
    }

    @Test
    void nicknameInsideTheAttributionDoesNotHideTheSpeaker() {
        String text = "\u201CWe fixed it,\u201D said John \u201CJack\u201D Smith, the engineer.";
        QuoteAnalysis qa = run(text, e -> e.person("John Smith", Gender.MALE));
        Quote q = only(qa);
        assertEquals(Optional.of("John Smith"), q.speaker());
        assertEquals(QuoteKind.NOT_A_QUOTE, qa.all().get(1).kind());
    }

    @Test
    void unnamedRoleSpeakerKeepsTheMentionOnly() {
        QuoteAnalysis qa = run("Police said the suspect fled. \u201CHe was armed,\u201D a spokesman added.");
        Quote q = only(qa);
        assertEquals(Optional.empty(), q.speaker());
        assertEquals(Optional.of("a spokesman"), q.speakerMention());
        assertEquals(Optional.of("added"), q.cue());
    }

    @Test
    void organisationNamedAfterARoleSpeaks() {
        String text = "\u201CCosts will fall,\u201D said a spokeswoman for Acme Corp in a statement.";
        Quote q = only(run(text, e -> e.org("Acme Corp")));
        assertEquals(Optional.of("Acme Corp"), q.speaker());
    }

    @Test
    void organisationsSpeakToo() {
        String text = "The Health Ministry published figures. \u201CThe outbreak is under control,\u201D the ministry said.";
        Quote q = only(run(text, e -> e.entity("Health Ministry", EntityType.ORGANIZATION, Gender.UNKNOWN,
                List.of(), List.of("ministry"))));
        assertEquals(Optional.of("Health Ministry"), q.speaker());
    }

    @Test
    void aNameInsideTheQuoteIsNeverTheSpeaker() {
        Quote q = only(run("\u201CTrump is wrong on trade,\u201D Biden said.", e -> e.person("Donald Trump", Gender.MALE)
                .person("Joe Biden", Gender.MALE)));
        assertEquals(Optional.of("Joe Biden"), q.speaker());
    }

    @Test
    void twoSpeakersAlternate() {
        String text = "Talks\n\nAnn Lee and Bob Cray met on Friday.\n\n\u201CYes,\u201D said Ann. \u201CNo,\u201D replied Bob.\n\n"
                + "\u201CWe will see,\u201D Lee said.\n\n\u201CMaybe,\u201D Cray said.";
        QuoteAnalysis qa = run(text, e -> e.entity("Ann Lee", EntityType.PERSON, Gender.FEMALE, List.of("Lee", "Ann"),
                List.of()).entity("Bob Cray", EntityType.PERSON, Gender.MALE, List.of("Cray", "Bob"), List.of()));
        assertEquals(4, qa.quotes().size());
        assertEquals(Optional.of("replied"), withText(qa, "No").cue());
        assertEquals(Optional.of("Ann Lee"), withText(qa, "Yes").speaker());
        assertEquals(Optional.of("Ann Lee"), withText(qa, "We will").speaker());
        assertEquals(Optional.of("Bob Cray"), withText(qa, "Maybe").speaker());
        assertEquals(Optional.of("Bob Cray"), withText(qa, "No").speaker());
    }

    @Test
    void floatingQuoteAfterAReportingSentenceGoesToItsSubject() {
        Quote q = only(run("Ed Smith said talks had stalled. \u201CWe have no choice now.\u201D",
                e -> e.person("Ed Smith", Gender.MALE)));
        assertEquals(Optional.of("Ed Smith"), q.speaker());
    }

    @Test
    void quoteParagraphWithNoCueInheritsTheNamedSpeakerBeforeIt() {
        String text = "Budget\n\n\u201CWe will cut taxes,\u201D said Ivan Petrov, the finance minister.\n\n"
                + "\u201CAnd we will do it this year.\u201D\n\nThe budget is due in May.";
        QuoteAnalysis qa = run(text, e -> e.person("Ivan Petrov", Gender.MALE, "finance minister"));
        assertEquals(2, qa.quotes().size());
        assertEquals(Optional.of("Ivan Petrov"), qa.quotes().get(1).speaker());
    }

    @Test
    void quoteParagraphDoesNotInheritWhenSomeoneElseIsNamedBetween() {
        String text = "Budget\n\n\u201CWe will cut taxes,\u201D said Ivan Petrov. Critics led by Olga Vance disagreed.\n\n"
                + "\u201CThis is a fantasy budget.\u201D";
        QuoteAnalysis qa = run(text, e -> e.person("Ivan Petrov", Gender.MALE).person("Olga Vance", Gender.FEMALE));
        assertEquals(2, qa.quotes().size());
        assertFalse(qa.quotes().get(1).speaker().equals(Optional.of("Ivan Petrov")));
    }

    @Test
    void trailingDashAttribution() {
        Quote q = only(run("\u201CAnna\u2019s a true expert.\u201D \u2014Commissioner Geoffrey Starks",
                e -> e.person("Geoffrey Starks", Gender.MALE)));
        assertEquals(Optional.of("Geoffrey Starks"), q.speaker());
        assertEquals("Anna\u2019s a true expert.", q.text());
    }

    @Test
    void colonLeadInInThePreviousParagraph() {
        String text = "Nomination\n\nAnd from Chairwoman Rosenworcel:\n\n\u201CAnna brings a wealth of experience.\u201D";
        Quote q = only(run(text, e -> e.person("Jessica Rosenworcel", Gender.FEMALE)));
        assertEquals(Optional.of("Jessica Rosenworcel"), q.speaker());
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        QuoteAnalysis qa = run("Don\u2019t expect the \u201990s rock \u2019n\u2019 roll revival, the students\u2019 union said. "
                + "Don't expect the '90s rock 'n' roll revival, the students' union said of O'Brien's plan.");
        assertTrue(qa.all().isEmpty(), qa.all()::toString);
        assertTrue(qa.warnings().isEmpty(), qa.warnings()::toString);
    }

    @Test
    void britishSingleQuotesKeepTheirApostrophes() {
        String text = "Cup final\n\nManager Tom Hale spoke after training. \u2018We\u2019ll win,\u2019 he said. "
                + "\u2018The fans deserve it.\u2019";
        QuoteAnalysis qa = run(text, e -> e.person("Tom Hale", Gender.MALE));
        assertEquals(2, qa.quotes().size(), qa.quotes()::toString);
        assertEquals("We\u2019ll win,", qa.quotes().get(0).text());
        assertEquals("The fans deserve it.", qa.quotes().get(1).text());
        assertEquals(Optional.of("Tom Hale"), qa.quotes().get(0).speaker());
        assertEquals(Optional.of("Tom Hale"), qa.quotes().get(1).speaker());
    }

    @Test
    void nestedQuoteStaysInsideItsQuoteAndTheSpeakerIsNotTheNestedOne() {
        String text = "Rita Gomez recalled the night. \u201CHe told me \u2018never again\u2019,\u201D she said.";
        QuoteAnalysis qa = run(text, e -> e.person("Rita Gomez", Gender.FEMALE).person("Al Gomez", Gender.MALE));
        Quote q = only(qa);
        assertEquals("He told me \u2018never again\u2019,", q.text());
        assertEquals(Optional.of("Rita Gomez"), q.speaker());
    }

    @Test
    void unclosedQuoteStopsAtItsParagraphWithAWarning() {
        String text = "Storm\n\nHe said \u201Cwe will rebuild everything\n\nThe council met on Monday. \u201CIt is done,\u201D "
                + "the mayor said.";
        QuoteAnalysis qa = run(text);
        assertEquals(2, qa.quotes().size(), qa.all()::toString);
        Quote first = qa.quotes().get(0);
        assertEquals("we will rebuild everything", first.text());
        assertFalse(first.warnings().isEmpty());
        assertFalse(qa.warnings().isEmpty());
        assertEquals("It is done,", qa.quotes().get(1).text());
    }

    @Test
    void degenerateMarksDoNotCrash() {
        for (String s : List.of("\"\"=", "\"", "'", "\u201C", "\u201D\u201D\u201C", "a\"b'c\u2019d", "\"\n\n\"", "''''")) {
            QuoteAnalysis qa = run(s);
            for (Quote q : qa.all()) {
                assertTrue(q.start() >= 0 && q.end() <= s.length() && q.start() <= q.end(), q::toString);
            }
        }
    }

    @Test
    void questionAndExclamationMarksBeforeNonSaidCues() {
        String text = "Nora Bell paused. \u201CWhy now?\u201D she asked. Max Ford stood up. \u201CEnough!\u201D he shouted.";
        QuoteAnalysis qa = run(text, e -> e.person("Nora Bell", Gender.FEMALE).person("Max Ford", Gender.MALE));
        assertEquals(2, qa.quotes().size());
        assertEquals(Optional.of("Nora Bell"), withText(qa, "Why now?").speaker());
        assertEquals(Optional.of("asked"), withText(qa, "Why now?").cue());
        assertEquals(Optional.of("Max Ford"), withText(qa, "Enough!").speaker());
        assertEquals(Optional.of("shouted"), withText(qa, "Enough!").cue());
    }

    @Test
    void abbreviationsAndMultiwordCue() {
        String text = "\u201CI\u2019m done. I\u2019m going home to Washington, D.C.,\u201D Mr. O\u2019Brien told reporters Tuesday.";
        Quote q = only(run(text, e -> e.person("Pat O\u2019Brien", Gender.MALE)));
        assertEquals(Optional.of("Pat O\u2019Brien"), q.speaker());
        assertEquals(Optional.of("told reporters"), q.cue());
        assertEquals(Optional.of("Mr. O\u2019Brien"), q.speakerMention());
    }

    @Test
    void fullQuoteThenPartialQuoteAfterAdding() {
        String text = "\u201CThe plan works,\u201D said Jane Doe, a spokeswoman for Acme Corp., adding that "
                + "\u201Ccosts will fall.\u201D";
        QuoteAnalysis qa = run(text, e -> e.person("Jane Doe", Gender.FEMALE).org("Acme Corp."));
        assertEquals(2, qa.quotes().size(), qa.quotes()::toString);
        assertEquals(Optional.of("Jane Doe"), qa.quotes().get(0).speaker());
        assertEquals(QuoteKind.FULL, qa.quotes().get(0).kind());
        assertEquals(Optional.of("Jane Doe"), qa.quotes().get(1).speaker());
        assertEquals(QuoteKind.PARTIAL, qa.quotes().get(1).kind());
    }

    @Test
    void pronounSkipsAPersonOfTheOtherGender() {
        String text = "Omar Diaz met Lucy Hart on Monday. Hart praised the deal. \u201CIt is fair,\u201D he said.";
        Quote q = only(run(text, e -> e.person("Omar Diaz", Gender.MALE).person("Lucy Hart", Gender.FEMALE)));
        assertEquals(Optional.of("Omar Diaz"), q.speaker());
    }

    @Test
    void pronounWithNoCompatibleAntecedentStaysUnknown() {
        Quote q = only(run("Lucy Hart praised the deal. \u201CIt is fair,\u201D he said.",
                e -> e.person("Lucy Hart", Gender.FEMALE)));
        assertEquals(Optional.empty(), q.speaker());
        assertEquals(Optional.of("he"), q.speakerMention());
    }

    @Test
    void partialQuoteInsideAReportedClause() {
        String text = "Rosa Lind said the vote would bring \u201Ca new start for the region\u201D within months.";
        Quote q = only(run(text, e -> e.person("Rosa Lind", Gender.FEMALE)));
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals(Optional.of("Rosa Lind"), q.speaker());
    }

    @Test
    void accordingToAttributes() {
        Quote q = only(run("According to Ken Obi, \u201Cthe bridge was never safe.\u201D",
                e -> e.person("Ken Obi", Gender.MALE)));
        assertEquals(Optional.of("Ken Obi"), q.speaker());
        assertEquals(Optional.of("According to"), q.cue());
    }

    @Test
    void quoteListsShareTheirSpeaker() {
        String text = "Dr. Vera Sand described him as \u201Ca guiding force\u201D and \u201Calways curious.\u201D";
        QuoteAnalysis qa = run(text, e -> e.person("Vera Sand", Gender.FEMALE));
        assertEquals(2, qa.quotes().size());
        assertEquals(Optional.of("Vera Sand"), qa.quotes().get(1).speaker());
    }

    @Test
    void namedOrKnownAsSpansAreNotQuotes() {
        QuoteAnalysis qa = run("The estate, known as \u201Cthe old farm\u201D, was sold. The virus was named "
                + "\u201Csevere respiratory virus 2\u201D by the panel. \u201CX-19\u201D is the name of the disease.");
        assertTrue(qa.quotes().isEmpty(), qa.quotes()::toString);
        assertEquals(3, qa.all().size());
    }

    @Test
    void partsAreTheSpansBetweenTheMarks() {
        String text = "Lena Ortiz spoke. \"We are ready,\" she said, \"and we will act.\"";
        QuoteAnalysis qa = run(text, e -> e.person("Lena Ortiz", Gender.FEMALE));
        for (Span s : only(qa).parts()) {
            assertTrue(QuoteMarks.isMark(text.charAt(s.start() - 1)));
            assertTrue(QuoteMarks.isMark(text.charAt(s.end())));
        }
    }

    @Test
    void passiveNamingIsNotALeadIn() {
        QuoteAnalysis qa = run("That year's virus was commonly called \u201Cswine flu.\u201D Officials met.");
        assertTrue(qa.quotes().isEmpty(), qa.all()::toString);
    }

    @Test
    void particleNamesAndMannerAdverbs() {
        QuoteAnalysis qa = run("\u201CThe forest is dying,\u201D da Costa said. \u201CI am guilty,\u201D Ken Obi tearfully said.",
                e -> e.person("Ana da Costa", Gender.FEMALE).person("Ken Obi", Gender.MALE));
        assertEquals(Optional.of("Ana da Costa"), withText(qa, "The forest").speaker());
        assertEquals(Optional.of("Ken Obi"), withText(qa, "I am guilty").speaker());
    }

    @Test
    void anUnnamedOneStaysUnknown() {
        Quote q = only(run("Protesters gathered. \u201CWe want change,\u201D one said."));
        assertEquals(Optional.empty(), q.speaker());
        assertEquals(Optional.of("one"), q.speakerMention());
    }

    @Test
    void secondQuoteAfterAnAttributionNamingAPlaceKeepsTheSpeaker() {
        String text = "\u201CThe law is clear,\u201D said California Attorney General Rosa Vega. \u201CWe will sue.\u201D";
        QuoteAnalysis qa = run(text, e -> e.person("Rosa Vega", Gender.FEMALE)
                .entity("California", EntityType.PLACE, Gender.UNKNOWN, List.of(), List.of()));
        assertEquals(2, qa.quotes().size());
        assertEquals(Optional.of("Rosa Vega"), qa.quotes().get(1).speaker());
    }

    @Test
    void attributionEndingItsSentenceIsNotTheNextQuotesLeadIn() {
        String text = "\u201CWho would steal a toilet?\u201D wrote Mauro Lenti, the artist, in an e-mail. \u201CI had forgotten.\u201D";
        QuoteAnalysis qa = run(text, e -> e.person("Mauro Lenti", Gender.MALE));
        assertEquals(Optional.of("Mauro Lenti"), withText(qa, "Who would").speaker());
        assertEquals(Optional.of("wrote"), withText(qa, "Who would").cue());
        assertEquals(Optional.of("Mauro Lenti"), withText(qa, "I had").speaker());
    }

    @Test
    void aSentenceLeadingIntoTheNextQuoteDoesNotBlockItsInheritance() {
        String text = "Race\n\n\u201CThank you,\u201D said Eli Kip after the run. \u201CWe did it.\u201D He posted on "
                + "Twitter, \u201CWe went to the Moon!\u201D";
        QuoteAnalysis qa = run(text, e -> e.person("Eli Kip", Gender.MALE));
        assertEquals(3, qa.quotes().size());
        for (Quote q : qa.quotes()) {
            assertEquals(Optional.of("Eli Kip"), q.speaker(), q::toString);
        }
    }

    @Test
    void aPlaceAfterAPrepositionIsNotTheSpeaker() {
        Quote q = only(run("A BBC correspondent in Cairo said the vote meant it \u201Cnow seems likely\u201D to pass.",
                e -> e.org("BBC").entity("Cairo", EntityType.PLACE, Gender.UNKNOWN, List.of(), List.of())));
        assertEquals(Optional.empty(), q.speaker());
        assertEquals(Optional.of("A BBC correspondent in Cairo"), q.speakerMention());
    }

    @Test
    void aRoleForANamedOrganisationBeforeTheVerb() {
        Quote q = only(run("A spokesman for Acme Corp said: \u201CCosts will fall.\u201D", e -> e.org("Acme Corp")));
        assertEquals(Optional.of("Acme Corp"), q.speaker());
    }
}
