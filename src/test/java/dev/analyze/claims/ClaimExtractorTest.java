package dev.analyze.claims;

import static dev.analyze.claims.FakeEntities.Spec.org;
import static dev.analyze.claims.FakeEntities.Spec.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.Gender;
import dev.analyze.quotes.QuoteAnalysis;
import dev.analyze.quotes.QuoteExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimExtractorTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private static Document parse(String text) {
        return DocumentParser.standard().parse("test", "test", text);
    }

    private static QuoteAnalysis quotes(Document doc, EntityAnalysis ea) {
        return new QuoteExtractor().analyze(doc, ea);
    }

    private List<Claim> claims(Document doc, EntityAnalysis ea, ClaimFilter filter) {
        return extractor.analyze(doc, ea, quotes(doc, ea), filter);
    }

    private static Claim containing(List<Claim> claims, String words) {
        return claims.stream().filter(c -> c.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + claims));
    }

    @Test
    void kerrySampleTopFiveHasTheThreeKeyClaimsAllByKerry() throws IOException {
        String text = Files.readString(Path.of("samples/kerry.txt"));
        Document doc = parse(text);
        EntityAnalysis ea = Analyses.entities(doc);
        List<Claim> top = extractor.analyze(doc, ea, Analyses.quotes(doc, ea), ClaimFilter.top(5));
        assertEquals(5, top.size());
        for (String key : List.of("eliminating sanctuaries", "50,000 people", "single nation")) {
            Claim c = containing(top, key);
            assertEquals(Optional.of("John Kerry"), c.speaker(), c.text());
        }
    }

    static Stream<Arguments> attributedSentences() {
        return Stream.of(
                // suffix attribution with an organisation (test case 23)
                Arguments.of("Unemployment fell to 3.9% in March, the Labor Department said.",
                        "Labor Department", ClaimKind.REPORTED),
                // prefix "that"-clause
                Arguments.of("Ana Ruiz said that the city will build 300 new homes next year.",
                        "Ana Ruiz", ClaimKind.REPORTED),
                // inverted "said NAME"
                Arguments.of("The bridge will stay closed until June, said Ruiz.", "Ana Ruiz", ClaimKind.REPORTED),
                // "according to" first
                Arguments.of("According to the Labor Department, wages rose faster than prices.",
                        "Labor Department", ClaimKind.REPORTED),
                // appositive: the name, not the description
                Arguments.of("Ana Ruiz, the mayor of the city, said the budget must be balanced.",
                        "Ana Ruiz", ClaimKind.REPORTED),
                // description first, name in apposition
                Arguments.of("The mayor, Ana Ruiz, told reporters that taxes would not rise.",
                        "Ana Ruiz", ClaimKind.REPORTED),
                // a direct quote takes the quote's speaker
                Arguments.of("\u201CWe will not back down,\u201D said Ana Ruiz.", "Ana Ruiz", ClaimKind.QUOTED));
    }

    @ParameterizedTest
    @MethodSource("attributedSentences")
    void attributesReportedSpeechToTheResolvedSpeaker(String sentence, String speaker, ClaimKind kind) {
        Document doc = parse("Town news\n\nThe council met on Monday in the old hall.\n\n" + sentence);
        EntityAnalysis ea = FakeEntities.of(doc, person("Ana Ruiz", Gender.FEMALE, "Ruiz"),
                org("Labor Department"));
        List<Claim> all = claims(doc, ea, ClaimFilter.top(10));
        Claim c = all.stream().filter(x -> x.sentence() == 3).findFirst().orElseThrow();
        assertEquals(Optional.of(speaker), c.speaker(), c.text());
        assertEquals(kind, c.kind());
    }

    @Test
    void aQuotedSentenceIsClaimedByTheQuotesSpeakerNotByTheOrganisationInHerTitle() {
        Document doc = parse("Harbour reopens\n\n"
                + "\"The harbour will reopen to ships within a month,\" said Northfield University's chancellor, "
                + "Helen Ostrova.\n\nThe storm closed the harbour in May.");
        EntityAnalysis ea = Analyses.entities(doc);
        QuoteAnalysis qa = Analyses.quotes(doc, ea);
        assertEquals(Optional.of("Helen Ostrova"), qa.quotes().get(0).speaker(), "the quote extractor reads the appositive");
        Claim c = containing(extractor.analyze(doc, ea, qa, ClaimFilter.top(5)), "reopen to ships");
        assertEquals(Optional.of("Helen Ostrova"), c.speaker());
    }

    @Test
    void articleOwnStatementsHaveNoSpeakerAndNumbersMakeStatistics() {
        Document doc = parse("Storm hits coast\n\nThe storm destroyed 1,200 homes along the coast on Sunday night.\n\n"
                + "The old lighthouse was painted red by volunteers last summer.");
        List<Claim> all = claims(doc, FakeEntities.of(doc), ClaimFilter.top(10));
        Claim stat = containing(all, "1,200 homes");
        assertEquals(ClaimKind.STATISTIC, stat.kind());
        assertTrue(stat.speaker().isEmpty());
        Claim plain = containing(all, "lighthouse");
        assertEquals(ClaimKind.ASSERTION, plain.kind());
        assertTrue(plain.speaker().isEmpty());
    }

    @Test
    void unnamedOfficialsAreReportedSpeechWithoutAName() {
        // test case 25: a hedged cue with a plural description
        Document doc = parse("Flood\n\nMore than 200 people were evacuated, officials estimated.\n\nRain fell all week.");
        Claim c = containing(claims(doc, FakeEntities.of(doc), ClaimFilter.top(5)), "200 people");
        assertEquals(ClaimKind.REPORTED, c.kind());
        assertTrue(c.speaker().isEmpty(), c.speaker().toString());
    }

    @Test
    void headlineClaimColonSpeakerIsTheSpeakersClaim() {
        Document doc = parse("City must cut its water use by a third: Ruiz\n\n"
                + "Mayor Ana Ruiz spoke to farmers at the market hall on Tuesday morning.\n\n"
                + "The drought has lasted for three years.");
        EntityAnalysis ea = FakeEntities.of(doc, person("Ana Ruiz", Gender.FEMALE, "Ruiz"));
        Claim c = claims(doc, ea, ClaimFilter.top(5)).stream().filter(x -> x.sentence() == 1).findFirst().orElseThrow();
        assertEquals(Optional.of("Ana Ruiz"), c.speaker());
        assertEquals("City must cut its water use by a third", c.text());
    }

    @Test
    void pronounSpeakerResolvesToTheLastCompatiblePerson() {
        Document doc = parse("Budget talks\n\nAna Ruiz met Tom Berg at the town hall on Monday.\n\n"
                + "She said that the new budget would double the money for schools.");
        EntityAnalysis ea = FakeEntities.of(doc, person("Ana Ruiz", Gender.FEMALE, "Ruiz"),
                person("Tom Berg", Gender.MALE, "Berg"));
        Claim c = containing(claims(doc, ea, ClaimFilter.top(5)), "double the money");
        assertEquals(Optional.of("Ana Ruiz"), c.speaker());
    }

    @Test
    void headlineAndLeadSayingTheSameThingAppearOnce() {
        Document doc = parse("Storm destroys 1,200 homes in Port Alma\n\n"
                + "A storm destroyed 1,200 homes in Port Alma on Sunday, officials said.\n\n"
                + "Rescue teams worked through the night to reach villages cut off by the water.\n\n"
                + "The regional government promised 40 million dollars in aid for rebuilding.\n\n"
                + "Schools in the area will stay closed for the rest of the week.");
        List<Claim> top = claims(doc, FakeEntities.of(doc), ClaimFilter.top(3));
        long storm = top.stream().filter(c -> c.text().contains("1,200 homes")).count();
        assertEquals(1, storm, top.toString());
    }

    @Test
    void filtersBySpeakerAndKindBeforeTakingTheTop() {
        Document doc = parse("Council row\n\nAna Ruiz said the plan would cost 5 million dollars.\n\n"
                + "Tom Berg said the plan was a waste of money.\n\n"
                + "Ruiz said that the work must start in May.\n\n"
                + "The hall was full of residents.");
        EntityAnalysis ea = FakeEntities.of(doc, person("Ana Ruiz", Gender.FEMALE, "Ruiz"),
                person("Tom Berg", Gender.MALE, "Berg"));
        List<Claim> ruiz = claims(doc, ea, new ClaimFilter(5, Optional.of("Ruiz"), Optional.empty()));
        assertEquals(2, ruiz.size());
        assertTrue(ruiz.stream().allMatch(c -> c.speaker().equals(Optional.of("Ana Ruiz"))));
        List<Claim> assertions = claims(doc, ea, new ClaimFilter(5, Optional.empty(), Optional.of(ClaimKind.ASSERTION)));
        assertEquals(1, assertions.size());
        assertTrue(assertions.get(0).text().contains("hall was full"));
    }

    @Test
    void scoresNeverIncreaseAndLocationsPointAtTheText() throws IOException {
        String text = Files.readString(Path.of("samples/kerry.txt"));
        Document doc = parse(text);
        EntityAnalysis ea = Analyses.entities(doc);
        List<Claim> all = extractor.analyze(doc, ea, Analyses.quotes(doc, ea), ClaimFilter.top(30));
        assertFalse(all.isEmpty());
        for (int i = 0; i < all.size(); i++) {
            Claim c = all.get(i);
            assertEquals(c.text(), text.substring(c.start(), c.end()));
            assertEquals(c.sentence() - 1, doc.sentenceAt(c.start()).orElseThrow().index());
            assertEquals(c.paragraph() - 1, doc.sentences().get(c.sentence() - 1).paragraph());
            if (i > 0) {
                assertTrue(c.score() <= all.get(i - 1).score(), "scores out of order at " + i);
            }
        }
        assertEquals(all, extractor.analyze(doc, ea, Analyses.quotes(doc, ea), ClaimFilter.top(30)));
    }

    @Test
    void emptyAndDegenerateDocumentsGiveNoClaims() {
        for (String text : List.of("", "   \n\n  ", "\u0000\uD800\"\"=", "Hi there")) {
            Document doc = parse(text);
            assertTrue(claims(doc, FakeEntities.of(doc), ClaimFilter.top(8)).isEmpty(), text);
        }
    }

    @Test
    void aQuoteRunningOverSeveralSentencesIsOneClaimButSeparateQuotesAreNot() {
        Document doc = parse("Harbour plan\n\n"
                + "The council voted on the harbour plan on Monday evening.\n\n"
                + "\u201CWe waited a long time. The new harbour will bring 400 jobs to the town,\u201D said Ana Ruiz. "
                + "Tom Berg said the cost was too high.\n\n"
                + "\u201CThe vote was close.\u201D \u201CNobody expected it.\u201D");
        EntityAnalysis ea = FakeEntities.of(doc, person("Ana Ruiz", Gender.FEMALE, "Ruiz"),
                person("Tom Berg", Gender.MALE, "Berg"));
        List<Claim> all = claims(doc, ea, ClaimFilter.top(10));
        Claim jobs = containing(all, "400 jobs");
        assertTrue(jobs.text().startsWith("\u201CWe waited a long time."), jobs.text());
        assertTrue(jobs.text().endsWith("said Ana Ruiz."), jobs.text());
        assertEquals(Optional.of("Ana Ruiz"), jobs.speaker());
        assertEquals(ClaimKind.QUOTED, jobs.kind());
        // the sentence after the quote, and two quotes that merely stand side by side, stay apart
        assertFalse(containing(all, "cost was too high").text().contains("400 jobs"));
        assertFalse(containing(all, "vote was close").text().contains("Nobody expected"));
    }

    @ParameterizedTest
    @MethodSource("headlines")
    void aCapitalisedVerbInAHeadlineIsAVerbOnlyInTitleCase(String headline, Optional<String> speaker) {
        Document doc = parse(headline + "\n\nAna Ruiz spoke to farmers at the market hall on Tuesday morning.\n\n"
                + "The drought has lasted for three years.");
        EntityAnalysis ea = FakeEntities.of(doc, person("Ana Ruiz", Gender.FEMALE, "Ruiz"),
                org("United States"));
        Claim c = claims(doc, ea, ClaimFilter.top(5)).stream().filter(x -> x.sentence() == 1).findFirst().orElseThrow();
        assertEquals(speaker, c.speaker(), c.text());
    }

    static Stream<Arguments> headlines() {
        return Stream.of(
                // "States" of a name in a sentence-case headline is no reporting verb
                Arguments.of("United States army closes its base near the port", Optional.empty()),
                Arguments.of("Ruiz Says City Must Cut Its Water Use", Optional.of("Ana Ruiz")),
                Arguments.of("Ruiz says city must cut its water use", Optional.of("Ana Ruiz")));
    }

    @Test
    void aBlankSpeakerFilterMatchesNoClaimantInsteadOfFailing() {
        // found by AnalyzerProperties: a whitespace-only --speaker split into no words at all
        Document doc = parse("\"We will rebuild the port,\" John Ruiz said. Ruiz said the work starts soon.");
        EntityAnalysis ea = Analyses.entities(doc);
        for (String blank : List.of("\t", " ", "")) {
            assertEquals(List.of(), claims(doc, ea, new ClaimFilter(5, Optional.of(blank), Optional.empty())), blank);
        }
    }
}
