package dev.analyze.entities;

import dev.analyze.document.Document;

/** Finds and merges the people, organisations and places of a document. */
public interface EntityRecognizer {
    EntityAnalysis analyze(Document document);
}
