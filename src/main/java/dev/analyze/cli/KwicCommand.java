package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.render.Column;
import dev.analyze.render.Format;
import dev.analyze.render.Output;
import dev.analyze.render.Renderer;
import dev.analyze.render.Report;
import dev.analyze.render.TerminalText;
import dev.analyze.render.TextRenderer;
import dev.analyze.render.Text;
import dev.analyze.stats.Kwic;
import dev.analyze.stats.KwicHit;
import dev.analyze.stats.KwicResult;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Key word in context: each occurrence of a word or phrase with the text around it. */
final class KwicCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.kwic/1";

    String term;

    List<String> documents;

    int width = Kwic.DEFAULT_WIDTH;

    KwicCommand(AppContext context) {
        super(context);
        spec = model("kwic",
                "Key word in context: each occurrence of a word or phrase with the text around it.",
                "TERM is matched as whole words, case ignored; each hit shows its sentence number, character offset "
                        + "and up to --width characters of context each side (inside its paragraph, on one line). "
                        + "\"Kerry\" also finds \"Kerry's\"; the parts of a hyphenated word are words (\"Delhi\" "
                        + "finds \"IIT-Delhi\"). Quote a phrase: kwic \"prime minister\" FILE.")
                .positional(PositionalParamSpec.builder().index("0").paramLabel("TERM").type(String.class)
                        .description("The word or phrase to find."), term, v -> term = v)
                .positionals(documents(DOCUMENTS).index("1..*"), v -> documents = v)
                .option(OptionSpec.builder("--width").paramLabel("N").type(int.class)
                        .defaultValue(String.valueOf(Kwic.DEFAULT_WIDTH))
                        .description("Characters of context each side (default: ${DEFAULT-VALUE})."),
                        width, v -> width = v)
                .spec();
    }

    static final List<Column<KwicHit>> COLUMNS = List.of(
            Column.of("sentence", KwicHit::sentence),
            Column.of("offset", KwicHit::offset),
            Column.of("left", KwicHit::left),
            Column.of("match", KwicHit::match),
            Column.of("right", KwicHit::right));

    @Override
    public Integer call() throws Exception {
        if (term == null || term.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new UsageException("TERM must contain a letter or digit");
        }
        if (width < 0 || width > 1000) {
            throw new UsageException("--width must be from 0 to 1000: " + width);
        }
        return withOutput((output, runner) -> {
            Renderer renderer = outputOptions.format() == Format.TABLE
                    ? new ConcordanceRenderer(output)
                    : Renderer.create(outputOptions.format(), output);
            return runner.run(documents, output, renderer, this::report);
        });
    }

    private Report<?> report(Document doc) {
        KwicResult result = Kwic.find(doc, term, width);
        return Report.of(SCHEMA, doc.name(), "hits", result.hits(), COLUMNS).withExtras(Map.of("term", term));
    }

    /** A concordance for people: sentence number, left context right-aligned, the match, right context. */
    private static final class ConcordanceRenderer extends TextRenderer {

        ConcordanceRenderer(Output output) {
            super(output);
        }

        @Override
        protected void body(Report<?> report) {
            var out = output.out();
            var style = output.style();
            if (report.items().isEmpty()) {
                out.println(style.dim("(no hits)"));
            }
            int leftWidth = 0;
            int labelWidth = 0;
            for (Object item : report.items()) {
                KwicHit hit = (KwicHit) item;
                leftWidth = Math.max(leftWidth, Text.width(TerminalText.cell(hit.left())));
                labelWidth = Math.max(labelWidth, String.valueOf(hit.sentence()).length() + 3);
            }
            for (Object item : report.items()) {
                KwicHit hit = (KwicHit) item;
                String label = "[" + hit.sentence() + "]";
                String left = TerminalText.cell(hit.left());
                out.println(style.cyan(label) + " ".repeat(Math.max(1, labelWidth - label.length()))
                        + " ".repeat(Math.max(0, leftWidth - Text.width(left))) + left + " "
                        + style.bold(style.yellow(TerminalText.cell(hit.match()))) + " "
                        + TerminalText.cell(hit.right()));
            }
        }
    }
}
