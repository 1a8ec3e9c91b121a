package dev.analyze.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexical dispersion plot: one line per series across the document's length, a mark where it
 * occurs, with a ruler of paragraph ticks, so where a story moves from one actor to another shows
 * at a glance.
 */
public final class DispersionPlot {

    /** One line of the plot: a label and the character offsets where it occurs. */
    public record Series(String label, List<Integer> offsets) {
        public Series {
            offsets = List.copyOf(offsets);
        }
    }

    private DispersionPlot() {
    }

    /**
     * @param length     document length in characters
     * @param paragraphs start offsets of paragraphs (ticks on the ruler)
     */
    public static List<String> render(List<Series> series, int length, List<Integer> paragraphs, int width,
            Style style) {
        List<String> lines = new ArrayList<>();
        int labelWidth = 0;
        for (Series s : series) {
            labelWidth = Math.max(labelWidth, Text.width(TerminalText.cell(s.label())));
        }
        labelWidth = Math.min(labelWidth, 24);
        int cols = Math.max(10, width - labelWidth - 4);
        double scale = length <= 0 ? 1 : (double) cols / length;
        char[] ruler = "─".repeat(cols).toCharArray();
        for (int p : paragraphs) {
            int c = Math.min(cols - 1, (int) (p * scale));
            ruler[c] = '┼';
        }
        lines.add(" ".repeat(labelWidth) + " ┌" + "─".repeat(cols) + "┐");
        for (Series s : series) {
            char[] row = " ".repeat(cols).toCharArray();
            for (int p : paragraphs) {
                int c = Math.min(cols - 1, (int) (p * scale));
                row[c] = '·';
            }
            for (int off : s.offsets()) {
                int c = Math.min(cols - 1, Math.max(0, (int) (off * scale)));
                row[c] = '█';
            }
            String label = TerminalText.cell(s.label());
            if (Text.width(label) > labelWidth) {
                label = Text.wrap(label, labelWidth - 1).get(0) + "…";
            }
            String pad = " ".repeat(Math.max(0, labelWidth - Text.width(label)));
            lines.add(pad + label + " │" + style.cyan(new String(row)) + "│");
        }
        lines.add(" ".repeat(labelWidth) + " └" + new String(ruler) + "┘");
        lines.add(" ".repeat(labelWidth) + "  " + style.dim("start of text → end; ┼ = paragraph start"));
        return lines;
    }
}
