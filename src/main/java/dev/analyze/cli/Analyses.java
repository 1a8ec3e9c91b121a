package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.stats.WordStats;
import dev.analyze.stats.WordStatsAnalyzer;
import java.util.List;

/**
 * The analyses of one document, each computed on first use and kept, so that quotes reuse the
 * entities and claims reuse both. Each capability adds one lazily computed, synchronized getter
 * here (e.g. {@code entities()}); commands call {@code analyses(doc).entities()}.
 */
public final class Analyses {

    private final Document document;
    private WordStats wordStats;

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

    /** Names worth offering for completion (entities, speakers), most mentioned first. */
    public List<String> names() {
        return List.of();
    }
}
