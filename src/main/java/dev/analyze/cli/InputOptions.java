package dev.analyze.cli;

import dev.analyze.document.DocumentLoader;
import picocli.CommandLine.Model.OptionSpec;

/** Options for reading documents: encoding and size limit. */
public final class InputOptions {

    String encoding;
    long maxSize = DocumentLoader.DEFAULT_MAX_SIZE;

    /** Adds the options to a command's model. */
    void addTo(CommandModel model) {
        model.option(OptionSpec.builder("--encoding").paramLabel("CHARSET").type(String.class)
                        .description("Decode files with CHARSET (default: UTF-8; a byte-order mark wins)."),
                encoding, v -> encoding = v)
                .option(OptionSpec.builder("--max-size").paramLabel("SIZE").type(long.class)
                        .converters(new SizeConverter())
                        .description("Refuse files larger than SIZE, e.g. 200k, 50M, 1G (default: 50M)."),
                        maxSize, v -> maxSize = v);
    }
}
