package dev.analyze.render;

/**
 * Writes reports in one format. Called as begin, one {@link #write} per document in input order,
 * end; so a corpus streams through without being held in memory.
 */
public interface Renderer {

    /** @param documents how many reports will follow (JSON wraps several in an array) */
    void begin(int documents);

    void write(Report<?> report);

    void end();

    /** The renderer for {@code format}, writing to {@code out} (data) and {@code err} (notes). */
    static Renderer create(Format format, Output output) {
        return switch (format) {
            case TABLE -> new TableRenderer(output);
            case MARKDOWN -> new MarkdownRenderer(output);
            case CSV -> new DelimitedRenderer(output, false);
            case TSV -> new DelimitedRenderer(output, true);
            case JSON -> new JsonRenderer(output, false);
            case JSONL -> new JsonRenderer(output, true);
        };
    }
}
