package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.Column;
import dev.analyze.render.Report;
import dev.analyze.stats.NGram;
import dev.analyze.stats.NGramOptions;
import dev.analyze.stats.NGramTable;
import dev.analyze.stats.NGrams;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;

/** The most frequent word sequences of a document. */
final class NgramsCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.ngrams/1";

    List<String> documents;

    int n = 2;

    int minCount = 2;

    int top = 20;

    NgramsCommand(AppContext context) {
        super(context);
        spec = model("ngrams",
                "The most frequent sequences of N words (2 to 4) inside sentences: rank, n-gram, count.",
                "Ranked by count, then by first occurrence. An n-gram never crosses punctuation, and n-grams made "
                        + "only of stopwords (\"of the\") are left out. Case is ignored, shown as in 'words'.")
                .positionals(documents(DOCUMENTS), v -> documents = v)
                .option(OptionSpec.builder("-n", "--n").paramLabel("N").type(int.class).defaultValue("2")
                        .description("Words per n-gram, 2 to 4 (default: ${DEFAULT-VALUE})."), n, v -> n = v)
                .option(OptionSpec.builder("--min-count").paramLabel("K").type(int.class).defaultValue("2")
                        .description("Leave out n-grams seen fewer than K times (default: ${DEFAULT-VALUE})."),
                        minCount, v -> minCount = v)
                .option(OptionSpec.builder("--top").paramLabel("N").type(int.class).defaultValue("20")
                        .description("Show the N most frequent; 0 for all (default: ${DEFAULT-VALUE})."),
                        top, v -> top = v)
                .spec();
    }

    static final List<Column<NGram>> COLUMNS = List.of(
            Column.of("rank", NGram::rank),
            Column.of("ngram", NGram::text),
            Column.of("count", NGram::count));

    @Override
    public Integer call() throws Exception {
        if (n < NGramOptions.MIN_N || n > NGramOptions.MAX_N) {
            throw new UsageException("-n must be from " + NGramOptions.MIN_N + " to " + NGramOptions.MAX_N + ": " + n);
        }
        if (minCount < 1) {
            throw new UsageException("--min-count must be at least 1: " + minCount);
        }
        if (top < 0) {
            throw new UsageException("--top must be 0 (all) or more: " + top);
        }
        NGramOptions options = new NGramOptions(n, minCount, 0);
        return analyzeEach(documents, doc -> report(doc, options));
    }

    private Report<?> report(Document doc, NGramOptions options) {
        NGramTable table = NGrams.analyze(doc, options);
        List<NGram> rows = top == 0 || top >= table.rows().size() ? table.rows() : table.rows().subList(0, top);
        return Report.of(SCHEMA, doc.name(), "ngrams", rows, COLUMNS).withTotal(table.rows().size())
                .withExtras(Map.of("n", n));
    }
}
