package dev.analyze.render;

import java.util.ArrayList;
import java.util.List;

/** Aligned text tables for people; long text columns wrap to fit the width. */
final class TableRenderer extends TextRenderer {

    /** The narrowest a wrapping column gets before the table is allowed to overflow. */
    private static final int MIN_WRAP = 16;

    TableRenderer(Output output) {
        super(output);
    }

    @Override
    protected void body(Report<?> report) {
        write0(report);
    }

    private <T> void write0(Report<T> report) {
        Style style = output.style();
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        List<Boolean> wrap = new ArrayList<>();
        if (report.transpose() && report.items().size() == 1) {
            headers.add("field");
            headers.add("value");
            numeric.add(false);
            numeric.add(false);
            wrap.add(false);
            wrap.add(true);
            T item = report.items().get(0);
            for (Column<T> c : report.columns()) {
                rows.add(List.of(c.header(), Cells.display(c.value().apply(item), c.numberFormat())));
            }
        } else {
            for (Column<T> c : report.columns()) {
                headers.add(c.header());
                wrap.add(c.wrap());
                boolean isNum = !report.items().isEmpty() && Cells.isNumeric(c.value().apply(report.items().get(0)));
                numeric.add(isNum);
            }
            for (T item : report.items()) {
                List<String> row = new ArrayList<>();
                for (Column<T> c : report.columns()) {
                    row.add(Cells.display(c.value().apply(item), c.numberFormat()));
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            output.out().println(style.dim("(no " + report.itemsField() + ")"));
        } else {
            print(headers, rows, numeric, wrap);
        }
        output.out().flush();
        if (report.total() > report.items().size()) {
            output.note("showing " + report.items().size() + " of " + report.total() + " " + report.itemsField()
                    + (severalDocuments() ? " in " + report.document() : ""));
        }
    }

    private void print(List<String> headers, List<List<String>> rows, List<Boolean> numeric, List<Boolean> wrap) {
        int n = headers.size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = Text.width(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], Text.width(row.get(i)));
            }
        }
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        total += 2 * (n - 1);
        // narrow the wrapping columns, widest first, until the table fits (each keeps MIN_WRAP)
        while (total > output.width()) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (wrap.get(i) && widths[i] > MIN_WRAP && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            total--;
        }
        Style style = output.style();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String h = pad(headers.get(i), widths[i], numeric.get(i), i == n - 1);
            line.append(style.bold(h));
            if (i < n - 1) {
                line.append("  ");
            }
        }
        output.out().println(line.toString().stripTrailing());
        for (List<String> row : rows) {
            List<List<String>> cellLines = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < n; i++) {
                List<String> parts = wrap.get(i) ? Text.wrap(row.get(i), widths[i]) : List.of(row.get(i));
                cellLines.add(parts);
                height = Math.max(height, parts.size());
            }
            for (int k = 0; k < height; k++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    List<String> parts = cellLines.get(i);
                    String cell = k < parts.size() ? parts.get(k) : "";
                    sb.append(pad(cell, widths[i], numeric.get(i) && k == 0, i == n - 1));
                    if (i < n - 1) {
                        sb.append("  ");
                    }
                }
                output.out().println(sb.toString().stripTrailing());
            }
        }
    }

    private static String pad(String s, int width, boolean right, boolean last) {
        int w = Text.width(s);
        if (w >= width) {
            return s;
        }
        String fill = " ".repeat(width - w);
        return right ? fill + s : (last ? s : s + fill);
    }
}
