package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.document.NewsTokenizer;
import dev.analyze.render.BarChart;
import dev.analyze.render.Column;
import dev.analyze.render.Format;
import dev.analyze.render.Output;
import dev.analyze.render.Renderer;
import dev.analyze.render.Report;
import dev.analyze.render.TerminalText;
import dev.analyze.stats.LengthBucket;
import dev.analyze.stats.SentenceLengthHistogram;
import dev.analyze.stats.SentenceLengths;
import dev.analyze.stats.WordStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Word statistics and readability, one row per document. */
final class StatsCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.stats/1";
    static final String HISTOGRAM_FIELD = "sentenceLengths";

    List<String> documents;

    boolean plot;

    boolean aggregate;

    StatsCommand(AppContext context) {
        super(context);
        spec = model("stats",
                "Word statistics and readability, one row per document.",
                "Words, unique words, sentences, paragraphs, syllables, sentence lengths, reading time (at 238 words "
                        + "a minute) and the Flesch reading ease, Flesch-Kincaid grade, Gunning fog, SMOG, Coleman-Liau "
                        + "and ARI scores. The headline counts once, as a sentence and a paragraph. Syllables come from "
                        + "the CMU Pronouncing Dictionary, with a spelling rule for other words; numbers count as spoken "
                        + "(\"50,000\" is fifty thousand); capitals such as \"FBI\" are spelled out.",
                "--plot adds a histogram of sentence lengths: bars in a table, a 'sentenceLengths' field in JSON.")
                .positionals(documents(DOCUMENTS), v -> documents = v)
                .flag("--plot", "Also show a histogram of sentence lengths in words.", v -> plot = v)
                .flag("--aggregate", "Corpus mode: how each measure is distributed across the documents (mean, min, "
                        + "p10, median, p90, max).", v -> aggregate = v)
                .spec();
        spec.usageMessage().footer(wordRulesFooter());
    }

    /** Every field, for machine formats and the one-document table. */
    static final List<Column<WordStats>> ALL_COLUMNS = List.of(
            Column.of("words", WordStats::words),
            Column.of("uniqueWords", WordStats::uniqueWords),
            Column.of("sentences", WordStats::sentences),
            Column.of("paragraphs", WordStats::paragraphs),
            Column.of("characters", WordStats::characters),
            Column.of("letters", WordStats::letters),
            Column.of("syllables", WordStats::syllables),
            Column.number("syllablesPerWord", WordStats::syllablesPerWord, "%.2f"),
            Column.number("typeTokenRatio", WordStats::typeTokenRatio, "%.2f"),
            Column.number("meanSentenceLength", WordStats::meanSentenceLength, "%.1f"),
            Column.of("p90SentenceLength", WordStats::p90SentenceLength),
            Column.of("maxSentenceLength", WordStats::maxSentenceLength),
            Column.of("longestSentence", WordStats::longestSentence),
            Column.of("polysyllables", WordStats::polysyllables),
            Column.of("complexWords", WordStats::complexWords),
            Column.number("readingMinutes", WordStats::readingMinutes, "%.1f"),
            Column.number("fleschReadingEase", WordStats::fleschReadingEase, "%.1f"),
            Column.number("fleschKincaidGrade", WordStats::fleschKincaidGrade, "%.1f"),
            Column.number("gunningFog", WordStats::gunningFog, "%.1f"),
            Column.number("smog", WordStats::smog, "%.1f"),
            Column.number("colemanLiau", WordStats::colemanLiau, "%.1f"),
            Column.number("ari", WordStats::ari, "%.1f"));

    /** What fits a terminal row when several documents share one table. */
    static final List<Column<WordStats>> ROW_COLUMNS = List.of(
            Column.of("document", WordStats::document),
            Column.of("words", WordStats::words),
            Column.of("unique", WordStats::uniqueWords),
            Column.of("sent", WordStats::sentences),
            Column.of("para", WordStats::paragraphs),
            Column.number("w/sent", WordStats::meanSentenceLength, "%.1f"),
            Column.number("syl/w", WordStats::syllablesPerWord, "%.2f"),
            Column.number("flesch", WordStats::fleschReadingEase, "%.1f"),
            Column.number("fk", WordStats::fleschKincaidGrade, "%.1f"),
            Column.number("fog", WordStats::gunningFog, "%.1f"),
            Column.number("smog", WordStats::smog, "%.1f"),
            Column.number("cli", WordStats::colemanLiau, "%.1f"),
            Column.number("ari", WordStats::ari, "%.1f"),
            Column.number("min", WordStats::readingMinutes, "%.1f"));

    @Override
    public Integer call() throws Exception {
        if (aggregate) {
            if (plot) {
                throw new UsageException("--plot shows one document's sentences; it does not go with --aggregate");
            }
            return aggregateEach(documents, new StatsAggregate(d -> analyses(d).wordStats()));
        }
        return withOutput((output, runner) -> {
            Format format = outputOptions.format();
            Renderer target = Renderer.create(format, output);
            Renderer renderer = format == Format.TABLE || format == Format.MARKDOWN
                    ? new OneTable(target, output, plot && format == Format.TABLE)
                    : target;
            return runner.run(documents, output, renderer, this::report);
        });
    }

    private Report<?> report(Document doc) {
        WordStats stats = analyses(doc).wordStats();
        Map<String, Object> extras = new LinkedHashMap<>();
        if (plot) {
            extras.put(HISTOGRAM_FIELD, SentenceLengths.histogram(doc));
        }
        extras.put("wordRules", List.of(NewsTokenizer.WORD_RULES.split("\n")));
        return Report.of(SCHEMA, doc.name(), "stats", List.of(stats), ALL_COLUMNS).withExtras(extras);
    }

    /**
     * For people: one document as a field/value table, several as one table of one row each,
     * then the histograms when asked for.
     */
    private static final class OneTable implements Renderer {
        private final Renderer target;
        private final Output output;
        private final boolean plot;
        private final List<Report<?>> reports = new ArrayList<>();

        OneTable(Renderer target, Output output, boolean plot) {
            this.target = target;
            this.output = output;
            this.plot = plot;
        }

        @Override
        public void begin(int documents) {
        }

        @Override
        public void write(Report<?> report) {
            reports.add(report);
        }

        @Override
        public void end() {
            if (reports.isEmpty()) {
                return;
            }
            target.begin(1);
            if (reports.size() == 1) {
                target.write(reports.get(0).transposed());
            } else {
                List<WordStats> rows = new ArrayList<>();
                for (Report<?> r : reports) {
                    rows.add((WordStats) r.items().get(0));
                }
                target.write(Report.of(SCHEMA, "", "documents", rows, ROW_COLUMNS));
            }
            target.end();
            if (plot) {
                for (Report<?> r : reports) {
                    SentenceLengthHistogram h = (SentenceLengthHistogram) r.extras().get(HISTOGRAM_FIELD);
                    output.out().println();
                    output.out().println(output.style().bold("Sentence lengths in words"
                            + (reports.size() > 1 ? ": " + TerminalText.cell(r.document()) : "")));
                    List<BarChart.Bar> bars = new ArrayList<>();
                    for (LengthBucket b : h.buckets()) {
                        bars.add(new BarChart.Bar(b.from() == b.to() ? String.valueOf(b.from()) : b.from() + "-" + b.to(),
                                b.count()));
                    }
                    BarChart.render(bars, output.width(), output.style()).forEach(output.out()::println);
                }
                output.out().flush();
            }
        }
    }

    /** The tokenizer's word rules, for {@code help stats}, so counts can be compared with other tools. */
    private static String[] wordRulesFooter() {
        List<String> footer = new ArrayList<>(List.of("", "How words are counted:"));
        for (String rule : NewsTokenizer.WORD_RULES.split("\n")) {
            footer.add("  " + rule.replace("%", "%%"));
        }
        return footer.toArray(String[]::new);
    }
}
