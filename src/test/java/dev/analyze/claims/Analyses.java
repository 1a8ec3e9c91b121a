package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.entities.NewsEntityRecognizer;
import dev.analyze.quotes.QuoteAnalysis;
import dev.analyze.quotes.QuoteExtractor;

/** The entity and quote analyses the claims tests and harness run on. */
final class Analyses {

    private static final NewsEntityRecognizer ENTITIES = new NewsEntityRecognizer();
    private static final QuoteExtractor QUOTES = new QuoteExtractor();

    private Analyses() {
    }

    static EntityAnalysis entities(Document doc) {
        return ENTITIES.analyze(doc);
    }

    static QuoteAnalysis quotes(Document doc, EntityAnalysis entities) {
        return QUOTES.analyze(doc, entities);
    }
}
