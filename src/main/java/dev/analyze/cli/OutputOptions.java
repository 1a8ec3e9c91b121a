package dev.analyze.cli;

import dev.analyze.render.Format;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;

/** Options shared by every command that prints results: format, colour and output file. */
public final class OutputOptions {

    Format format = Format.TABLE;
    ColorMode color = ColorMode.auto;
    Path output;
    boolean force;

    /** Adds the options to a command's model. */
    void addTo(CommandModel model) {
        model.option(OptionSpec.builder("-f", "--format").paramLabel("FORMAT").type(Format.class)
                        .defaultValue("table").converters(new FormatConverter())
                        .completionCandidates(FormatConverter.names())
                        .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."),
                format, v -> format = v)
                .option(OptionSpec.builder("--color").paramLabel("WHEN").type(ColorMode.class).defaultValue("auto")
                        .description("Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto honours "
                                + "NO_COLOR and whether output is a terminal)."),
                        color, v -> color = v)
                .option(OptionSpec.builder("-o", "--output").paramLabel("FILE").type(Path.class)
                        .description("Write to FILE instead of standard output (atomically; refuses to overwrite "
                                + "without --force)."),
                        output, v -> output = v)
                .flag("--force", "With --output, overwrite an existing file.", v -> force = v);
    }

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
