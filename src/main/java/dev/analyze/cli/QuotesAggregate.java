package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.quotes.Quote;
import dev.analyze.render.Column;
import dev.analyze.render.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code quotes --aggregate}: speakers across documents, with the documents they are quoted in,
 * their quotes and the words quoted; quotes without a named speaker count as "(unknown)".
 */
final class QuotesAggregate implements CorpusAggregate<List<Quote>> {

    static final String SCHEMA = "analyze.corpus-speakers/1";

    /** One speaker across the corpus; JSON fields are these components. */
    record CorpusSpeaker(String speaker, int documents, long quotes, long words, double share) {
    }

    private static final List<Column<CorpusSpeaker>> COLUMNS = List.of(
            Column.of("speaker", CorpusSpeaker::speaker),
            Column.of("documents", CorpusSpeaker::documents),
            Column.of("quotes", CorpusSpeaker::quotes),
            Column.of("words", CorpusSpeaker::words),
            Column.number("share", r -> r.share() * 100, "%.1f%%"));

    private final Function<Document, List<Quote>> quotes;
    private final Map<String, long[]> totals = new HashMap<>();
    private long totalWords;
    private long totalQuotes;
    private int documents;

    /** {@code quotes}: the quotes of a document that count (filters applied). */
    QuotesAggregate(Function<Document, List<Quote>> quotes) {
        this.quotes = quotes;
    }

    @Override
    public List<Quote> partial(Document document) {
        return quotes.apply(document);
    }

    @Override
    public void add(List<Quote> list) {
        documents++;
        Map<String, Boolean> inThisDocument = new HashMap<>();
        for (Quote q : list) {
            String speaker = q.speaker().orElse(QuotesCommand.UNKNOWN);
            long[] t = totals.computeIfAbsent(speaker, k -> new long[3]);
            if (inThisDocument.put(speaker, Boolean.TRUE) == null) {
                t[0]++;
            }
            t[1]++;
            t[2] += q.wordCount();
            totalWords += q.wordCount();
            totalQuotes++;
        }
    }

    @Override
    public Report<?> report() {
        List<CorpusSpeaker> rows = new ArrayList<>(totals.size());
        totals.forEach((speaker, t) -> rows.add(new CorpusSpeaker(speaker, (int) t[0], t[1], t[2],
                totalWords == 0 ? 0 : (double) t[2] / totalWords)));
        rows.sort(Comparator.comparingLong(CorpusSpeaker::words).reversed()
                .thenComparing(Comparator.comparingLong(CorpusSpeaker::quotes).reversed())
                .thenComparing(CorpusSpeaker::speaker));
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("documents", documents);
        extras.put("quotes", totalQuotes);
        extras.put("words", totalWords);
        return Report.of(SCHEMA, "", "speakers", rows, COLUMNS).withExtras(extras);
    }
}
