package dev.analyze.render;

import java.io.PrintWriter;

/**
 * Where rendered output goes: data to {@code out}, notes and warnings to {@code err}; the style
 * (colour or not) and the width available to tables.
 */
public record Output(PrintWriter out, PrintWriter err, Style style, int width) {

    public Output {
        if (width < 20) {
            width = 20;
        }
    }

    public void note(String message) {
        err.println(TerminalText.cell(message));
        err.flush();
    }
}
