package dev.analyze.cli;

import dev.analyze.claims.Claim;
import dev.analyze.claims.ClaimExtractor;
import dev.analyze.claims.ClaimFilter;
import dev.analyze.document.Document;
import dev.analyze.stats.WordStats;
import dev.analyze.stats.WordStatsAnalyzer;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.EntityType;
import dev.analyze.entities.NewsEntityRecognizer;
import dev.analyze.quotes.QuoteAnalysis;
import dev.analyze.quotes.QuoteExtractor;
import java.util.List;

/**
 * The analyses of one document, each computed on first use and kept, so that quotes reuse the
 * entities and claims reuse both. Each capability adds one lazily computed, synchronized getter
 * here (e.g. {@code entities()}); commands call {@code analyses(doc).entities()}.
 */
public final class Analyses {

    /**
     * The analyzers, each built on first use (holder classes): building the entity recognizer
     * loads its lexicons, which a one-shot {@code stats} must not pay for.
     */
    private static final class Recognizer {
        static final NewsEntityRecognizer INSTANCE = new NewsEntityRecognizer();
    }

    private static final class Quotes {
        static final QuoteExtractor INSTANCE = new QuoteExtractor();
    }

    private static final class Claims {
        static final ClaimExtractor INSTANCE = new ClaimExtractor();
    }

    private final Document document;
    private WordStats wordStats;
    private EntityAnalysis entities;
    private QuoteAnalysis quotes;

    Analyses(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    /** Word statistics and readability. */
    public synchronized WordStats wordStats() {
        if (wordStats == null) {
            wordStats = WordStatsAnalyzer.analyze(document);
        }
        return wordStats;
    }

    /** People, organisations and places with aliases merged. */
    public synchronized EntityAnalysis entities() {
        if (entities == null) {
            entities = Recognizer.INSTANCE.analyze(document);
        }
        return entities;
    }

    /** Direct quotations with their speakers (resolved through the entities). */
    public synchronized QuoteAnalysis quotes() {
        if (quotes == null) {
            quotes = Quotes.INSTANCE.analyze(document, entities());
        }
        return quotes;
    }

    /** The key claims that pass {@code filter}, best first (cheap once entities and quotes are kept). */
    public List<Claim> claims(ClaimFilter filter) {
        return Claims.INSTANCE.analyze(document, entities(), quotes(), filter);
    }

    /**
     * Names worth offering where a speaker is expected: the speakers of the document's quotes in
     * order of first quote; when nobody is quoted, its people and organisations.
     */
    public List<String> names() {
        List<String> speakers = quotes().quotes().stream()
                .flatMap(q -> q.speaker().stream())
                .distinct()
                .toList();
        if (!speakers.isEmpty()) {
            return speakers;
        }
        return entities().entities().stream()
                .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                .map(e -> e.name())
                .toList();
    }
}
