package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.Report;
import dev.analyze.stats.FrequencyOptions;
import dev.analyze.stats.WordFrequencies;
import dev.analyze.stats.WordFrequency;
import dev.analyze.stats.WordFrequencyTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code words --aggregate}: word frequencies over the whole corpus. A word shows in the form of
 * its first document; --min-count and --top apply to the corpus counts.
 */
final class WordsAggregate implements CorpusAggregate<WordFrequencyTable> {

    private static final class Count {
        final String word;
        long count;

        Count(String word) {
            this.word = word;
        }
    }

    private final FrequencyOptions perDocument;
    private final int minCount;
    private final int top;
    private final Map<String, Count> counts = new HashMap<>();
    private long totalWords;
    private int documents;

    /** {@code options} as the command gives them; counts per document keep every word. */
    WordsAggregate(FrequencyOptions options, int minCount, int top) {
        this.perDocument = new FrequencyOptions(options.includeStopwords(), options.includeNumbers(), options.lemmatize(), 1, 0);
        this.minCount = minCount;
        this.top = top;
    }

    @Override
    public WordFrequencyTable partial(Document document) {
        return WordFrequencies.analyze(document, perDocument);
    }

    @Override
    public void add(WordFrequencyTable table) {
        documents++;
        totalWords += table.totalWords();
        for (WordFrequency f : table.rows()) {
            counts.computeIfAbsent(f.word().toLowerCase(Locale.ROOT), k -> new Count(f.word())).count += f.count();
        }
    }

    @Override
    public Report<?> report() {
        List<Count> kept = new ArrayList<>();
        for (Count c : counts.values()) {
            if (c.count >= minCount) {
                kept.add(c);
            }
        }
        kept.sort((a, b) -> a.count != b.count ? Long.compare(b.count, a.count) : a.word.compareTo(b.word));
        int shown = top == 0 ? kept.size() : Math.min(top, kept.size());
        List<WordFrequency> rows = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            Count c = kept.get(i);
            rows.add(new WordFrequency(i + 1, c.word, (int) Math.min(Integer.MAX_VALUE, c.count),
                    totalWords == 0 ? 0 : c.count * 1000.0 / totalWords));
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("documents", documents);
        extras.put("totalWords", totalWords);
        return Report.of(WordsCommand.SCHEMA, "", "words", rows, WordsCommand.COLUMNS).withTotal(kept.size())
                .withExtras(extras);
    }
}
