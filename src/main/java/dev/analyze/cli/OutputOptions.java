package dev.analyze.cli;

import dev.analyze.render.Format;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that prints results: format, colour and output file. */
public final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "table", converter = FormatConverter.class,
            completionCandidates = FormatConverter.Candidates.class)
    Format format = Format.TABLE;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto honours NO_COLOR and "
                    + "whether output is a terminal).",
            defaultValue = "auto")
    ColorMode color = ColorMode.auto;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (atomically; refuses to overwrite without --force).")
    Path output;

    @Option(names = "--force", description = "With --output, overwrite an existing file.")
    boolean force;

    public Format format() {
        return format;
    }

    /** Whether to colour: never for machine formats or files; auto honours NO_COLOR and the terminal. */
    boolean colorOn(AppContext context) {
        if (format.isMachine() || output != null) {
            return false;
        }
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> context.stdoutTty() && !context.env().containsKey("NO_COLOR")
                    && !"dumb".equals(context.env().get("TERM"));
        };
    }
}
