package dev.analyze.cli;

import dev.analyze.claims.Claim;
import dev.analyze.claims.ClaimFilter;
import dev.analyze.claims.ClaimKind;
import dev.analyze.document.Document;
import dev.analyze.render.Column;
import dev.analyze.render.Report;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

/** The key claims of documents: who claims what, best first. */
final class ClaimsCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.claims/1";

    /** Claim kinds as typed on the command line. */
    enum KindFilter {
        quoted, reported, statistic, assertion;

        ClaimKind kind() {
            return ClaimKind.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    /** One claim as shown; JSON fields are these components (speaker null for the article's own). */
    record ClaimRow(String text, Optional<String> speaker, ClaimKind kind, int paragraph, int sentence, double score) {
        static ClaimRow of(Claim c) {
            return new ClaimRow(c.text(), c.speaker(), c.kind(), c.paragraph(), c.sentence(), c.score());
        }
    }

    List<String> documents;

    Integer top;

    String speaker;

    KindFilter kind;

    ClaimsCommand(AppContext context) {
        super(context);
        spec = model("claims",
                "Key claims, best first: the sentence as it stands in the article, the claimant (empty for the "
                        + "article's own reporting), the kind and where it is.",
                "Kinds: quoted (inside a direct quote), reported (indirect speech, \"according to\"), statistic "
                        + "(a number-bearing statement of the article), assertion (the article's own statement).")
                .positionals(documents(DOCUMENTS_OR_CURRENT), v -> documents = v)
                .option(OptionSpec.builder("--top").paramLabel("N").type(Integer.class)
                        .description("How many claims (default " + ClaimFilter.DEFAULT_TOP + ")."), top, v -> top = v)
                .option(OptionSpec.builder("--speaker").paramLabel("NAME").type(String.class)
                        .description("Only claims by this claimant (name, alias or surname)."),
                        speaker, v -> speaker = v)
                .option(OptionSpec.builder("--kind").paramLabel("KIND").type(KindFilter.class)
                        .description("Only this kind: ${COMPLETION-CANDIDATES}."), kind, v -> kind = v)
                .spec();
    }

    @Override
    public Integer call() throws Exception {
        if (top != null && top < 1) {
            throw new UsageException("--top must be at least 1, not " + top);
        }
        ClaimFilter filter = new ClaimFilter(top != null ? top : ClaimFilter.DEFAULT_TOP,
                Optional.ofNullable(speaker).map(String::strip).filter(s -> !s.isEmpty()),
                Optional.ofNullable(kind).map(KindFilter::kind));
        return analyzeEach(documents, d -> report(d, filter));
    }

    private Report<?> report(Document d, ClaimFilter filter) {
        List<ClaimRow> rows = analyses(d).claims(filter).stream().map(ClaimRow::of).toList();
        List<Column<ClaimRow>> columns = List.of(
                Column.of("speaker", r -> r.speaker().orElse("")),
                Column.of("kind", ClaimRow::kind),
                Column.of("paragraph", ClaimRow::paragraph),
                Column.of("sentence", ClaimRow::sentence),
                Column.number("score", ClaimRow::score, "%.3f"),
                Column.text("claim", ClaimRow::text));
        return Report.of(SCHEMA, d.name(), "claims", rows, columns);
    }
}
