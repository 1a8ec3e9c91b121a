package dev.analyze.quotes;

import java.util.List;

/**
 * The quoted spans of one document in document order: real quotes and, marked
 * {@link QuoteKind#NOT_A_QUOTE}, spans judged not to be anyone's words; plus document-level
 * warnings (unbalanced marks).
 */
public record QuoteAnalysis(List<Quote> all, List<String> warnings) {

    public QuoteAnalysis {
        all = List.copyOf(all);
        warnings = List.copyOf(warnings);
    }

    public List<Quote> quotes() {
        return all.stream().filter(Quote::isQuote).toList();
    }
}
