package dev.analyze.document;

import java.util.List;

/** Finds sentence boundaries inside one paragraph. One job, one interface (cf. OpenNLP). */
public interface SentenceSplitter {

    /**
     * Returns the sentences of {@code text[start, end)} in order, each trimmed of surrounding
     * white space, none empty. A paragraph end always ends a sentence, so callers pass one
     * paragraph at a time.
     */
    List<Span> split(String text, int start, int end);
}
