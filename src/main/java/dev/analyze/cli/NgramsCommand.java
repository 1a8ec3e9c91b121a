package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.Column;
import dev.analyze.render.Report;
import dev.analyze.stats.NGram;
import dev.analyze.stats.NGramOptions;
import dev.analyze.stats.NGramTable;
import dev.analyze.stats.NGrams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The most frequent word sequences of a document. */
@Command(name = "ngrams", description = {
    "The most frequent sequences of N words (2 to 4) inside sentences: rank, n-gram, count.",
    "Ranked by count, then by first occurrence. An n-gram never crosses punctuation, and n-grams made only "
            + "of stopwords (\"of the\") are left out. Case is ignored, shown as in 'words'."})
final class NgramsCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.ngrams/1";

    @Parameters(paramLabel = "DOC", arity = "0..*", description = "Documents: loaded names, files, directories, - for stdin.")
    List<String> documents = new ArrayList<>();

    @Option(names = {"-n", "--n"}, paramLabel = "N", description = "Words per n-gram, 2 to 4 (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int n = 2;

    @Option(names = "--min-count", paramLabel = "K", description = "Leave out n-grams seen fewer than K times (default: ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int minCount = 2;

    @Option(names = "--top", paramLabel = "N", description = "Show the N most frequent; 0 for all (default: ${DEFAULT-VALUE}).",
            defaultValue = "20")
    int top = 20;

    NgramsCommand(AppContext context) {
        super(context);
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
