package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.Report;

/**
 * Corpus totals of one command ({@code --aggregate}): a small partial result per document,
 * computed on worker threads, folded in input order into running totals, reported once.
 *
 * @param <P> the partial result of one document
 */
interface CorpusAggregate<P> {

    /** The part of one document that the totals need (runs on worker threads). */
    P partial(Document document);

    /** Adds one document's partial (called in input order, on one thread). */
    void add(P partial);

    /** The corpus report. */
    Report<?> report();
}
