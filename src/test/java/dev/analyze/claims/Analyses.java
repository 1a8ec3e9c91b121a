package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.quotes.QuoteAnalysis;

/** The entity and quote analyses the claims tests and harness run on (stand-ins until merged). */
final class Analyses {

    private Analyses() {
    }

    static EntityAnalysis entities(Document doc) {
        return SimpleEntities.of(doc);
    }

    static QuoteAnalysis quotes(Document doc, EntityAnalysis entities) {
        return SimpleQuotes.of(doc, entities);
    }
}
