package dev.analyze.cli;

import dev.analyze.document.Document;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Sentence;
import dev.analyze.render.Column;
import dev.analyze.render.Format;
import dev.analyze.render.Output;
import dev.analyze.render.Report;
import dev.analyze.render.TerminalText;
import dev.analyze.render.Text;
import dev.analyze.render.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Prints a document's text with paragraph and sentence numbers. */
final class ShowCommand extends AnalysisCommand {

    static final String SCHEMA = "analyze.show/1";
    private static final Pattern SELECTOR = Pattern.compile("(\\d+)|[sS](\\d+)|(\\d+)\\.(\\d+)");

    List<String> args;

    ShowCommand(AppContext context) {
        super(context);
        spec = model("show", "Print a document's text with paragraph (¶) and sentence ([n]) numbers.",
                "Select with N (paragraph N), sN (sentence N) or N.M (sentence M of paragraph N).")
                .positionals(PositionalParamSpec.builder().paramLabel("DOC|PARAGRAPH|SENTENCE").arity("0..*")
                        .description("Documents (names, files, -) and selectors: N, sN or N.M."), v -> args = v)
                .spec();
    }

    /** A parsed selector: paragraph (1-based, 0 = any) and sentence (1-based, 0 = all). */
    private record Selector(int paragraph, int sentence, boolean withinParagraph) {
    }

    @Override
    public Integer call() throws Exception {
        List<String> docs = new ArrayList<>();
        List<Selector> selectors = new ArrayList<>();
        for (String a : args) {
            Matcher m = SELECTOR.matcher(a);
            boolean isDoc = context.session().get(a).isPresent() || new java.io.File(a).exists();
            if (!isDoc && m.matches()) {
                if (m.group(1) != null) {
                    selectors.add(new Selector(Integer.parseInt(m.group(1)), 0, false));
                } else if (m.group(2) != null) {
                    selectors.add(new Selector(0, Integer.parseInt(m.group(2)), false));
                } else {
                    selectors.add(new Selector(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), true));
                }
            } else {
                docs.add(a);
            }
        }
        return withOutput((output, runner) -> {
            if (outputOptions.format() == Format.TABLE) {
                return runner.run(docs, output, new PlainTextRenderer(output), d -> report(d, selectors));
            }
            return runner.run(docs, output, dev.analyze.render.Renderer.create(outputOptions.format(), output),
                    d -> report(d, selectors));
        });
    }

    private Report<?> report(Document d, List<Selector> selectors) {
        List<ShownSentence> shown = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            if (selected(d, s, selectors)) {
                Paragraph p = d.paragraphs().get(s.paragraph());
                shown.add(new ShownSentence(p.number(), s.number(), p.heading(), s.start(), s.end(), d.text(s)));
            }
        }
        if (shown.isEmpty() && !selectors.isEmpty()) {
            throw new SelectionException(d.name() + ": no such paragraph or sentence (it has "
                    + d.paragraphs().size() + " paragraphs, " + d.sentences().size() + " sentences)");
        }
        List<Column<ShownSentence>> columns = List.of(
                Column.of("paragraph", ShownSentence::paragraph),
                Column.of("sentence", ShownSentence::sentence),
                Column.text("text", ShownSentence::text));
        return Report.of(SCHEMA, d.name(), "sentences", shown, columns);
    }

    private static boolean selected(Document d, Sentence s, List<Selector> selectors) {
        if (selectors.isEmpty()) {
            return true;
        }
        for (Selector sel : selectors) {
            if (sel.withinParagraph()) {
                Paragraph p = d.paragraphs().get(s.paragraph());
                if (p.number() == sel.paragraph() && s.index() - p.firstSentence() + 1 == sel.sentence()) {
                    return true;
                }
            } else if (sel.paragraph() > 0 ? s.paragraph() + 1 == sel.paragraph() : s.number() == sel.sentence()) {
                return true;
            }
        }
        return false;
    }

    /** A selector that matches nothing: a usage error, reported by the command's handler. */
    static final class SelectionException extends RuntimeException {
        SelectionException(String message) {
            super(message);
        }
    }

    /** Readable text: a paragraph heading line, then each sentence with its number, wrapped. */
    private static final class PlainTextRenderer extends TextRenderer {

        PlainTextRenderer(Output output) {
            super(output);
        }

        @Override
        @SuppressWarnings("unchecked")
        protected void body(Report<?> report) {
            var out = output.out();
            var style = output.style();
            int paragraph = -1;
            for (ShownSentence s : (List<ShownSentence>) report.items()) {
                if (s.paragraph() != paragraph) {
                    if (paragraph != -1) {
                        out.println();
                    }
                    paragraph = s.paragraph();
                    out.println(style.bold("¶" + paragraph) + (s.title() ? style.dim(" (title)") : ""));
                }
                String label = "[" + s.sentence() + "] ";
                String indent = " ".repeat(label.length() + 2);
                List<String> lines = Text.wrap(TerminalText.cell(s.text()), Math.max(20, output.width() - indent.length()));
                for (int i = 0; i < lines.size(); i++) {
                    out.println((i == 0 ? "  " + style.cyan(label) : indent) + lines.get(i));
                }
            }
        }
    }
}
