package dev.analyze.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.analyze.claims.Claim;
import dev.analyze.claims.ClaimExtractor;
import dev.analyze.claims.ClaimFilter;
import dev.analyze.claims.Summarizer;
import dev.analyze.claims.SummarySentence;
import dev.analyze.document.Document;
import dev.analyze.document.DocumentParser;
import dev.analyze.document.Span;
import dev.analyze.document.Token;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.Mention;
import dev.analyze.entities.NewsEntityRecognizer;
import dev.analyze.quotes.Quote;
import dev.analyze.quotes.QuoteAnalysis;
import dev.analyze.quotes.QuoteExtractor;
import dev.analyze.stats.FrequencyOptions;
import dev.analyze.stats.KwicHit;
import dev.analyze.stats.KwicResult;
import dev.analyze.stats.Kwic;
import dev.analyze.stats.NGram;
import dev.analyze.stats.NGramOptions;
import dev.analyze.stats.NGramTable;
import dev.analyze.stats.NGrams;
import dev.analyze.stats.WordFrequency;
import dev.analyze.stats.WordFrequencies;
import dev.analyze.stats.WordFrequencyTable;
import dev.analyze.stats.WordStats;
import dev.analyze.stats.WordStatsAnalyzer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every analyzer, through its public API, on arbitrary text (all of Unicode: controls, RTL, emoji
 * and other surrogate pairs, lone surrogates, zero-width characters, combining marks, NUL): it
 * returns without throwing, every offset lies inside the text and on a character boundary, text
 * it reports at an offset is the document's text there, output is deterministic, quotes do not
 * overlap and entity counts equal the mentions listed.
 */
class AnalyzerProperties {

    private static final DocumentParser PARSER = DocumentParser.standard();
    private static final NewsEntityRecognizer ENTITIES = new NewsEntityRecognizer();
    private static final QuoteExtractor QUOTES = new QuoteExtractor();
    private static final ClaimExtractor CLAIMS = new ClaimExtractor();
    private static final Summarizer SUMMARIZER = new Summarizer();

    /** Characters that stress news-text rules: marks, brackets, controls, bidi, joiners, pairs. */
    private static final String HOSTILE_CHARS = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E()[]{}<>"
            + " .,;:!?-\u2014\u2026\n\r\t\u000B\u000C\u0085\u2028\u2029\u0000\u0007\u001B\u009B\u007F"
            + "\u200B\u200C\u200D\u2060\uFEFF\u202A\u202E\u2066\u2069\u0301\u0308\u05D0\u05E9\u0627\u0644"
            + "\uD800\uDBFF\uDC00\uDFFF$%0123456789@#/";

    /** Words that drive attribution, entity and claim rules. */
    private static final List<String> NEWS_WORDS = List.of("said", "says", "told", "according to", "Mr.", "Mrs",
            "Dr.", "the", "he", "she", "they", "President", "Minister", "John", "Kerry", "Ann", "Lee",
            "United Nations", "U.S.", "London", "Reuters", "BBC", "claimed", "warned", "percent", "million",
            "\"", "\u201C", "\u201D", "'", "(", ")", ",", ".", "\n\n", "\n", "\u00E9", "e\u0301", "\uD83D\uDE00",
            "\uD83C\uDDFA\uD83C\uDDF8", "\u0645\u0631\u062D\u0628\u0627", "\u202E", "\u200B", "\u0000", "\r\n",
            "\uD800", "\uDC00", "ALL CAPS", "NASA", "e-mail", "http://x.org/a?b=c", "a@b.com", "1,000", "3.5%");

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> soup = Arbitraries.strings().withChars(HOSTILE_CHARS).withCharRange('a', 'e')
                .withCharRange('A', 'E').ofMaxLength(300);
        Arbitrary<String> newsish = Arbitraries.of(NEWS_WORDS).list().ofMaxSize(80)
                .map(words -> String.join(" ", words));
        Arbitrary<String> mixed = Combinators.combine(newsish, soup).as((a, b) -> a + b);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, anyUnicode), net.jqwik.api.Tuple.of(2, soup),
                net.jqwik.api.Tuple.of(4, newsish), net.jqwik.api.Tuple.of(2, mixed));
    }

    /** Everything every analyzer returns for one document. */
    private record Results(WordStats stats, WordFrequencyTable words, WordFrequencyTable allWords,
            NGramTable bigrams, NGramTable fourgrams, KwicResult kwic, List<Entity> entities,
            QuoteAnalysis quotes, List<Claim> claims, List<SummarySentence> summary) {
    }

    private static Results analyze(Document doc) {
        EntityAnalysis entities = ENTITIES.analyze(doc);
        QuoteAnalysis quotes = QUOTES.analyze(doc, entities);
        return new Results(
                WordStatsAnalyzer.analyze(doc),
                WordFrequencies.analyze(doc, FrequencyOptions.defaults()),
                WordFrequencies.analyze(doc, new FrequencyOptions(true, true, true, 1, 0)),
                NGrams.analyze(doc, new NGramOptions(2, 1, 0)),
                NGrams.analyze(doc, new NGramOptions(4, 1, 0)),
                Kwic.find(doc, kwicTerm(doc), 30),
                entities.entities(),
                quotes,
                CLAIMS.analyze(doc, entities, quotes, ClaimFilter.top(50)),
                SUMMARIZER.summarize(doc, 3));
    }

    /** A term that occurs in the document when it has a word, so hits are exercised. */
    private static String kwicTerm(Document doc) {
        return doc.tokens().stream().filter(Token::isWord).map(Token::text)
                .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).findFirst().orElse("said");
    }

    @Property(tries = 250)
    void everyAnalyzerReturnsSoundResults(@ForAll("hostileText") String text) {
        Document doc = PARSER.parse("t", "t", text);
        Results r = analyze(doc);
        checkStats(doc, r.stats());
        checkFrequencies(r.words());
        checkFrequencies(r.allWords());
        checkNGrams(r.bigrams(), 2);
        checkNGrams(r.fourgrams(), 4);
        checkKwic(doc, r.kwic());
        checkEntities(doc, r.entities());
        checkQuotes(doc, r.quotes());
        checkClaims(doc, r.claims());
        checkSummary(doc, r.summary());
    }

    @Property(tries = 60)
    void everyAnalyzerIsDeterministic(@ForAll("hostileText") String text) {
        // a fresh parse each time: nothing may depend on identity, hash order or earlier runs
        Results first = analyze(PARSER.parse("t", "t", text));
        Results second = analyze(PARSER.parse("t", "t", text));
        assertEquals(first, second);
    }

    /** User-given parameters are hostile too: any search term, any filter, any limits. */
    @Property(tries = 150)
    void userParametersNeverBreakAnAnalysis(@ForAll("hostileText") String text, @ForAll("hostileText") String term,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 60) int width,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5) int top,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 100) int percent) {
        Document doc = PARSER.parse("t", "t", text);
        checkKwic(doc, Kwic.find(doc, term, width));
        checkKwic(doc, Kwic.find(doc, term.strip() + " " + kwicTerm(doc), width));
        EntityAnalysis entities = ENTITIES.analyze(doc);
        QuoteAnalysis quotes = QUOTES.analyze(doc, entities);
        for (var kind : dev.analyze.claims.ClaimKind.values()) {
            List<Claim> claims = CLAIMS.analyze(doc, entities, quotes,
                    new ClaimFilter(top, java.util.Optional.of(term), java.util.Optional.of(kind)));
            checkClaims(doc, claims);
            assertTrue(claims.size() <= top && claims.stream().allMatch(c -> c.kind() == kind), claims::toString);
        }
        checkSummary(doc, SUMMARIZER.summarize(doc, Math.min(3, top)));
        List<SummarySentence> share = SUMMARIZER.summarize(doc, percent / 100.0);
        int previousEnd = 0;
        for (SummarySentence s : share) {
            assertSpan(doc.text(), s.start(), s.end(), s::toString);
            assertTrue(s.start() >= previousEnd, share::toString);
            previousEnd = s.end();
        }
        entities.resolveName(term);
        entities.resolveDescription(term, text.length());
        entities.mentionsIn(0, text.length()).forEach(m -> assertSpan(text, m.mention().start(), m.mention().end(), m::toString));
        checkFrequencies(WordFrequencies.analyze(doc, new FrequencyOptions(false, true, true, top, top)));
        checkNGrams(NGrams.analyze(doc, new NGramOptions(2 + top % 3, top, top)), 2 + top % 3);
    }

    private static void checkStats(Document doc, WordStats s) {
        assertTrue(s.words() >= 0 && s.uniqueWords() <= s.words() && s.letters() >= 0 && s.syllables() >= 0, s::toString);
        assertTrue(s.sentences() <= doc.sentences().size() && s.paragraphs() <= doc.paragraphs().size(), s::toString);
        assertTrue(s.longestSentence() >= 0 && s.longestSentence() <= doc.sentences().size(), s::toString);
        assertTrue(s.maxSentenceLength() >= s.p90SentenceLength() && s.polysyllables() <= s.words(), s::toString);
        assertTrue(s.characters() <= doc.text().codePointCount(0, doc.text().length()), s::toString);
        for (double d : new double[] {s.meanSentenceLength(), s.syllablesPerWord(), s.typeTokenRatio(), s.readingMinutes(),
                s.fleschReadingEase(), s.fleschKincaidGrade(), s.gunningFog(), s.smog(), s.colemanLiau(), s.ari()}) {
            assertTrue(Double.isFinite(d), s::toString);
        }
    }

    private static void checkFrequencies(WordFrequencyTable t) {
        int sum = 0;
        for (int i = 0; i < t.rows().size(); i++) {
            WordFrequency w = t.rows().get(i);
            assertEquals(i + 1, w.rank(), w::toString);
            assertTrue(w.count() >= 1 && !w.word().isEmpty(), w::toString);
            assertTrue(i == 0 || t.rows().get(i - 1).count() >= w.count(), "most frequent first: " + t.rows());
            sum += w.count();
        }
        assertTrue(sum <= t.totalWords(), () -> "counted " + t + " more than the words");
    }

    private static void checkNGrams(NGramTable t, int n) {
        for (int i = 0; i < t.rows().size(); i++) {
            NGram g = t.rows().get(i);
            assertEquals(i + 1, g.rank(), g::toString);
            assertEquals(n, g.words().size(), g::toString);
            assertEquals(String.join(" ", g.words()), g.text(), g::toString);
            assertTrue(g.count() >= 1 && (i == 0 || t.rows().get(i - 1).count() >= g.count()), t::toString);
        }
    }

    private static void checkKwic(Document doc, KwicResult k) {
        String text = doc.text();
        int previous = -1;
        for (KwicHit h : k.hits()) {
            assertTrue(h.offset() > previous && h.offset() < text.length(), h::toString);
            previous = h.offset();
            assertBoundary(text, h.offset());
            assertTrue(h.sentence() >= 1 && h.sentence() <= doc.sentences().size(), h::toString);
            assertTrue(h.paragraph() >= 1 && h.paragraph() <= doc.paragraphs().size(), h::toString);
            assertFalse(h.match().isEmpty(), h::toString);
            for (String part : List.of(h.left(), h.match(), h.right())) {
                assertTrue(part.chars().noneMatch(c -> c == '\n' || c == '\r'), () -> "line break in context " + h);
            }
        }
    }

    private static void checkEntities(Document doc, List<Entity> entities) {
        String text = doc.text();
        for (Entity e : entities) {
            assertEquals(e.mentions().size(), e.count(), () -> "count vs mentions: " + e);
            assertFalse(e.name().isBlank(), e::toString);
            int previous = -1;
            for (Mention m : e.mentions()) {
                assertSpan(text, m.start(), m.end(), m::toString);
                assertTrue(m.start() > previous, () -> "mentions in document order: " + e);
                previous = m.start();
                assertEquals(text.substring(m.start(), m.end()), m.text(), () -> "mention text: " + m);
                assertTrue(m.sentence() >= 0 && m.sentence() < doc.sentences().size(), m::toString);
            }
        }
    }

    private static void checkQuotes(Document doc, QuoteAnalysis qa) {
        String text = doc.text();
        for (String w : qa.warnings()) {
            assertFalse(w.startsWith("quote extraction failed"), w);
        }
        int previousEnd = 0;
        for (Quote q : qa.all()) {
            assertSpan(text, q.start(), q.end(), q::toString);
            assertTrue(q.start() >= previousEnd, () -> "quotes overlap: " + qa.all());
            previousEnd = q.end();
            assertTrue(q.paragraph() >= 1 && q.paragraph() <= doc.paragraphs().size(), q::toString);
            assertTrue(q.sentence() >= 1 && q.sentence() <= doc.sentences().size(), q::toString);
            assertFalse(q.parts().isEmpty(), q::toString);
            int partEnd = q.start();
            for (Span p : q.parts()) {
                assertSpan(text, p.start(), p.end(), q::toString);
                assertTrue(p.start() >= partEnd && p.end() <= q.end(), () -> "parts inside the quote, in order: " + q);
                partEnd = p.end();
            }
            if (q.parts().size() == 1) {
                assertEquals(text.substring(q.start(), q.end()), q.text(), q::toString);
            }
            q.speaker().ifPresent(s -> assertFalse(s.isBlank(), q::toString));
        }
    }

    private static void checkClaims(Document doc, List<Claim> claims) {
        String text = doc.text();
        assertTrue(claims.size() <= 50);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            assertSpan(text, c.start(), c.end(), c::toString);
            assertEquals(text.substring(c.start(), c.end()), c.text(), () -> "claim text: " + c);
            assertTrue(c.paragraph() >= 1 && c.paragraph() <= doc.paragraphs().size(), c::toString);
            assertTrue(c.sentence() >= 1 && c.sentence() <= doc.sentences().size(), c::toString);
            assertTrue(Double.isFinite(c.score()), c::toString);
            assertTrue(i == 0 || claims.get(i - 1).score() >= c.score(), () -> "best first: " + claims);
        }
    }

    private static void checkSummary(Document doc, List<SummarySentence> summary) {
        String text = doc.text();
        assertTrue(summary.size() <= 3, summary::toString);
        int previousEnd = 0;
        for (SummarySentence s : summary) {
            assertSpan(text, s.start(), s.end(), s::toString);
            assertTrue(s.start() >= previousEnd, () -> "document order: " + summary);
            previousEnd = s.end();
            assertEquals(text.substring(s.start(), s.end()), s.text(), s::toString);
            assertTrue(s.sentence() >= 1 && s.sentence() <= doc.sentences().size(), s::toString);
            assertTrue(Double.isFinite(s.score()), s::toString);
        }
    }

    private static void assertSpan(String text, int start, int end, java.util.function.Supplier<String> what) {
        assertTrue(0 <= start && start <= end && end <= text.length(), what);
        assertBoundary(text, start);
        assertBoundary(text, end);
    }

    private static void assertBoundary(String text, int offset) {
        if (offset > 0 && offset < text.length()) {
            assertFalse(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset)),
                    () -> "offset " + offset + " splits a surrogate pair");
        }
    }
}
