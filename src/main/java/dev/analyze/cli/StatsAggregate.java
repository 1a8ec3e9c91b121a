package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.Column;
import dev.analyze.render.Report;
import dev.analyze.stats.WordStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * {@code stats --aggregate}: how each measure is distributed across the documents (count, mean,
 * min, p10, median, p90, max) and the corpus totals. Keeps one number per measure and document.
 */
final class StatsAggregate implements CorpusAggregate<WordStats> {

    static final String SCHEMA = "analyze.stats-distribution/1";

    /** One measure across the documents. */
    record Distribution(String measure, int documents, double mean, double min, double p10, double median,
            double p90, double max) {
    }

    private record Measure(String name, ToDoubleFunction<WordStats> value) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("words", WordStats::words),
            new Measure("uniqueWords", WordStats::uniqueWords),
            new Measure("sentences", WordStats::sentences),
            new Measure("paragraphs", WordStats::paragraphs),
            new Measure("characters", WordStats::characters),
            new Measure("syllablesPerWord", WordStats::syllablesPerWord),
            new Measure("typeTokenRatio", WordStats::typeTokenRatio),
            new Measure("meanSentenceLength", WordStats::meanSentenceLength),
            new Measure("maxSentenceLength", WordStats::maxSentenceLength),
            new Measure("readingMinutes", WordStats::readingMinutes),
            new Measure("fleschReadingEase", WordStats::fleschReadingEase),
            new Measure("fleschKincaidGrade", WordStats::fleschKincaidGrade),
            new Measure("gunningFog", WordStats::gunningFog),
            new Measure("smog", WordStats::smog),
            new Measure("colemanLiau", WordStats::colemanLiau),
            new Measure("ari", WordStats::ari));

    private static final List<Column<Distribution>> COLUMNS = List.of(
            Column.of("measure", Distribution::measure),
            Column.of("documents", Distribution::documents),
            Column.number("mean", Distribution::mean, "%.2f"),
            Column.number("min", Distribution::min, "%.2f"),
            Column.number("p10", Distribution::p10, "%.2f"),
            Column.number("median", Distribution::median, "%.2f"),
            Column.number("p90", Distribution::p90, "%.2f"),
            Column.number("max", Distribution::max, "%.2f"));

    private final Function<Document, WordStats> analysis;
    private double[][] values = new double[MEASURES.size()][64];
    private int documents;
    private long words;
    private long sentences;

    StatsAggregate(Function<Document, WordStats> analysis) {
        this.analysis = analysis;
    }

    @Override
    public WordStats partial(Document document) {
        return analysis.apply(document);
    }

    @Override
    public void add(WordStats stats) {
        if (documents == values[0].length) {
            for (int m = 0; m < values.length; m++) {
                values[m] = Arrays.copyOf(values[m], documents * 2);
            }
        }
        for (int m = 0; m < MEASURES.size(); m++) {
            values[m][documents] = MEASURES.get(m).value().applyAsDouble(stats);
        }
        documents++;
        words += stats.words();
        sentences += stats.sentences();
    }

    @Override
    public Report<?> report() {
        List<Distribution> rows = new ArrayList<>();
        for (int m = 0; m < MEASURES.size(); m++) {
            rows.add(distribution(MEASURES.get(m).name(), Arrays.copyOf(values[m], documents)));
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("documents", documents);
        extras.put("totalWords", words);
        extras.put("totalSentences", sentences);
        return Report.of(SCHEMA, "", "measures", rows, COLUMNS).withExtras(extras);
    }

    /** Nearest-rank percentiles of {@code v}; all zero when there are no documents. */
    static Distribution distribution(String name, double[] v) {
        if (v.length == 0) {
            return new Distribution(name, 0, 0, 0, 0, 0, 0, 0);
        }
        Arrays.sort(v);
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return new Distribution(name, v.length, sum / v.length, v[0], percentile(v, 10), percentile(v, 50),
                percentile(v, 90), v[v.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
