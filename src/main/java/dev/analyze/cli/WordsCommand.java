package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.BarChart;
import dev.analyze.render.Column;
import dev.analyze.render.Format;
import dev.analyze.render.Output;
import dev.analyze.render.Renderer;
import dev.analyze.render.Report;
import dev.analyze.render.TextRenderer;
import dev.analyze.stats.FrequencyOptions;
import dev.analyze.stats.WordFrequencies;
import dev.analyze.stats.WordFrequency;
import dev.analyze.stats.WordFrequencyTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;

/** The most frequent words of a document. */
final class WordsCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.words/1";

    List<String> documents;

    int top = 20;

    boolean all;

    boolean lemma;

    int minCount = 1;

    boolean plot;

    boolean aggregate;

    WordsCommand(AppContext context) {
        super(context);
        spec = model("words",
                "The most frequent words: rank, word, count and occurrences per 1,000 words.",
                "Case is ignored; a word shows as the text writes it mid-sentence (\"Pakistan\", but \"the\"). "
                        + "Stopwords (the Snowball English list plus news words such as \"said\"), one-letter words "
                        + "and numbers are left out unless --all is given. --lemma folds forms onto real words: plurals "
                        + "(countries: country), possessives, irregular forms (went: go), and -ing/-ed when the text "
                        + "has the base word.")
                .positionals(documents(DOCUMENTS), v -> documents = v)
                .option(OptionSpec.builder("--top").paramLabel("N").type(int.class).defaultValue("20")
                        .description("Show the N most frequent words; 0 for all (default: ${DEFAULT-VALUE})."),
                        top, v -> top = v)
                .flag("--all", "Count stopwords, one-letter words and numbers too.", v -> all = v)
                .flag("--lemma", "Fold word forms onto their dictionary form (countries -> country).", v -> lemma = v)
                .option(OptionSpec.builder("--min-count").paramLabel("K").type(int.class).defaultValue("1")
                        .description("Leave out words seen fewer than K times (default: ${DEFAULT-VALUE})."),
                        minCount, v -> minCount = v)
                .flag("--plot", "Draw the counts as bars (table format).", v -> plot = v)
                .flag("--aggregate", "Corpus mode: word frequencies over all the documents together (--top and "
                        + "--min-count apply to the totals).", v -> aggregate = v)
                .spec();
    }

    static final List<Column<WordFrequency>> COLUMNS = List.of(
            Column.of("rank", WordFrequency::rank),
            Column.of("word", WordFrequency::word),
            Column.of("count", WordFrequency::count),
            Column.number("per1000", WordFrequency::perThousand, "%.1f"));

    @Override
    public Integer call() throws Exception {
        if (top < 0) {
            throw new UsageException("--top must be 0 (all) or more: " + top);
        }
        if (minCount < 1) {
            throw new UsageException("--min-count must be at least 1: " + minCount);
        }
        FrequencyOptions options = new FrequencyOptions(all, all, lemma, minCount, 0);
        return withOutput((output, runner) -> {
            Renderer renderer = plot && outputOptions.format() == Format.TABLE
                    ? new BarsRenderer(output)
                    : Renderer.create(outputOptions.format(), output);
            return aggregate
                    ? runner.aggregate(documents, output, renderer, new WordsAggregate(options, minCount, top))
                    : runner.run(documents, output, renderer, doc -> report(doc, options));
        });
    }

    private Report<?> report(Document doc, FrequencyOptions options) {
        WordFrequencyTable table = WordFrequencies.analyze(doc, options);
        List<WordFrequency> rows = top == 0 || top >= table.rows().size() ? table.rows() : table.rows().subList(0, top);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("totalWords", table.totalWords());
        return Report.of(SCHEMA, doc.name(), "words", rows, COLUMNS).withTotal(table.rows().size()).withExtras(extras);
    }

    /** The counts as horizontal bars, one chart per document. */
    private static final class BarsRenderer extends TextRenderer {

        BarsRenderer(Output output) {
            super(output);
        }

        @Override
        protected void body(Report<?> report) {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (Object item : report.items()) {
                WordFrequency f = (WordFrequency) item;
                bars.add(new BarChart.Bar(f.word(), f.count()));
            }
            if (bars.isEmpty()) {
                output.out().println(output.style().dim("(no words)"));
            }
            BarChart.render(bars, output.width(), output.style()).forEach(output.out()::println);
            output.out().flush();
            if (report.total() > report.items().size()) {
                output.note("showing " + report.items().size() + " of " + report.total() + " words"
                        + (severalDocuments() ? " in " + report.document() : ""));
            }
        }
    }
}
