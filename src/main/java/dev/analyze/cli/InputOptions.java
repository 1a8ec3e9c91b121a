package dev.analyze.cli;

import dev.analyze.document.DocumentLoader;
import picocli.CommandLine.Option;

/** Options for reading documents: encoding and size limit. */
public final class InputOptions {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Decode files with CHARSET (default: UTF-8; a byte-order mark wins).")
    String encoding;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Refuse files larger than SIZE, e.g. 200k, 50M, 1G (default: 50M).")
    long maxSize = DocumentLoader.DEFAULT_MAX_SIZE;
}
