package dev.analyze.cli;

import dev.analyze.document.Document;
import java.util.List;

/**
 * The analyses of one document, each computed on first use and kept, so that quotes reuse the
 * entities and claims reuse both. Each capability adds one lazily computed, synchronized getter
 * here (e.g. {@code entities()}); commands call {@code analyses(doc).entities()}.
 */
public final class Analyses {

    private final Document document;

    Analyses(Document document) {
        this.document = document;
    }

    public Document document() {
        return document;
    }

    /** Names worth offering for completion (entities, speakers), most mentioned first. */
    public List<String> names() {
        return List.of();
    }
}
