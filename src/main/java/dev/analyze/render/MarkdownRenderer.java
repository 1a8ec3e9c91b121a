package dev.analyze.render;

import java.util.ArrayList;
import java.util.List;

/** GitHub-flavoured Markdown tables, one per document, headed by the document name and the schema (as a comment). */
final class MarkdownRenderer extends TextRenderer {

    MarkdownRenderer(Output output) {
        super(output);
    }

    @Override
    protected String heading(String document) {
        return "## " + escape(document) + "\n";
    }

    @Override
    protected void body(Report<?> report) {
        write0(report);
    }

    private <T> void write0(Report<T> report) {
        var out = output.out();
        out.println("<!-- schema: " + report.schema() + " -->"); // invisible when rendered
        List<String> headers = new ArrayList<>();
        for (Column<T> c : report.columns()) {
            headers.add(escape(c.header()));
        }
        out.println("| " + String.join(" | ", headers) + " |");
        out.println("|" + " --- |".repeat(headers.size()));
        for (T item : report.items()) {
            List<String> cells = new ArrayList<>();
            for (Column<T> c : report.columns()) {
                cells.add(escape(Cells.display(c.value().apply(item), c.numberFormat())));
            }
            out.println("| " + String.join(" | ", cells) + " |");
        }
        out.println();
        out.flush();
    }

    private static String escape(String s) {
        return TerminalText.cell(s).replace("\\", "\\\\").replace("|", "\\|");
    }
}
