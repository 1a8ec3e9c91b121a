package dev.analyze.render;

import java.util.ArrayList;
import java.util.List;

/** Horizontal bar charts drawn with Unicode block characters, eighth-of-a-cell resolution. */
public final class BarChart {

    /** One bar: its label and value. */
    public record Bar(String label, double value) {
    }

    private static final char[] EIGHTHS = {' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'};

    private BarChart() {
    }

    /** Renders {@code bars} as lines: label, bar scaled to the largest value, and the value. */
    public static List<String> render(List<Bar> bars, int width, Style style) {
        List<String> lines = new ArrayList<>();
        if (bars.isEmpty()) {
            return lines;
        }
        int labelWidth = 0;
        double max = 0;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, Text.width(TerminalText.cell(b.label())));
            max = Math.max(max, b.value());
        }
        labelWidth = Math.min(labelWidth, Math.max(8, width / 3));
        int barWidth = Math.max(10, width - labelWidth - 12);
        for (Bar b : bars) {
            String label = TerminalText.cell(b.label());
            if (Text.width(label) > labelWidth) {
                label = Text.wrap(label, labelWidth - 1).get(0) + "…";
            }
            String pad = " ".repeat(Math.max(0, labelWidth - Text.width(label)));
            String bar = bar(max <= 0 ? 0 : b.value() / max * barWidth);
            String value = b.value() == Math.rint(b.value())
                    ? String.valueOf((long) b.value())
                    : Decimals.format(b.value(), 1);
            lines.add(pad + label + " " + style.cyan(bar) + " " + value);
        }
        return lines;
    }

    static String bar(double cells) {
        int whole = (int) cells;
        int eighths = (int) Math.round((cells - whole) * 8);
        if (eighths == 8) {
            whole++;
            eighths = 0;
        }
        StringBuilder sb = new StringBuilder("█".repeat(whole));
        if (eighths > 0) {
            sb.append(EIGHTHS[eighths]);
        }
        if (sb.length() == 0 && cells > 0) {
            sb.append('▏');
        }
        return sb.toString();
    }
}
