package dev.analyze.cli;

import dev.analyze.claims.Summarizer;
import dev.analyze.claims.SummarySentence;
import dev.analyze.document.Document;
import dev.analyze.render.Column;
import dev.analyze.render.Report;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/** An extractive summary: the most representative sentences, in document order. */
final class SummaryCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.summary/1";
    private static final Summarizer SUMMARIZER = new Summarizer();

    /** One summary sentence as shown; JSON fields are these components. */
    record SummaryRow(String text, int paragraph, int sentence, double score) {
        static SummaryRow of(SummarySentence s) {
            return new SummaryRow(s.text(), s.paragraph(), s.sentence(), s.score());
        }
    }

    List<String> documents;

    Integer sentences;

    Double ratio;

    SummaryCommand(AppContext context) {
        super(context);
        spec = model("summary",
                "Extractive summary: the most representative sentences (TextRank centrality, a lead-position "
                        + "prior, headline overlap, redundancy removed), shown in document order.",
                "Datelines and bylines are never picked; with N or fewer sentences, all are shown.")
                .positionals(documents(DOCUMENTS_OR_CURRENT), v -> documents = v)
                .option(OptionSpec.builder("--sentences").paramLabel("N").type(Integer.class)
                        .description("How many sentences (default " + Summarizer.DEFAULT_SENTENCES + ")."),
                        sentences, v -> sentences = v)
                .option(OptionSpec.builder("--ratio").paramLabel("R").type(Double.class)
                        .description("Share of the sentences to keep, in (0, 1]."), ratio, v -> ratio = v)
                .spec();
    }

    @Override
    public Integer call() throws Exception {
        if (sentences != null && ratio != null) {
            throw new UsageException("give --sentences or --ratio, not both");
        }
        if (sentences != null && sentences < 1) {
            throw new UsageException("--sentences must be at least 1, not " + sentences);
        }
        if (ratio != null && !(ratio > 0 && ratio <= 1)) {
            throw new UsageException("--ratio must be more than 0 and at most 1, not " + ratio);
        }
        return analyzeEach(documents, this::report);
    }

    private Report<?> report(Document d) {
        List<SummarySentence> picked = ratio != null ? SUMMARIZER.summarize(d, ratio)
                : SUMMARIZER.summarize(d, sentences != null ? sentences : Summarizer.DEFAULT_SENTENCES);
        List<SummaryRow> rows = picked.stream().map(SummaryRow::of).toList();
        List<Column<SummaryRow>> columns = List.of(
                Column.of("paragraph", SummaryRow::paragraph),
                Column.of("sentence", SummaryRow::sentence),
                Column.number("score", SummaryRow::score, "%.3f"),
                Column.text("text", SummaryRow::text));
        return Report.of(SCHEMA, d.name(), "sentences", rows, columns);
    }
}
