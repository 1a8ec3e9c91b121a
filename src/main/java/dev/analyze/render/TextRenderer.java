package dev.analyze.render;

/**
 * Base of the renderers that write text for people: with several documents, each report is
 * headed by the document's name and separated from the previous one by a blank line. Subclasses
 * write one report's body.
 */
public abstract class TextRenderer implements Renderer {

    protected final Output output;
    private int documents;
    private int written;

    protected TextRenderer(Output output) {
        this.output = output;
    }

    @Override
    public final void begin(int documents) {
        this.documents = documents;
    }

    @Override
    public final void write(Report<?> report) {
        if (documents > 1) {
            if (written > 0) {
                output.out().println();
            }
            output.out().println(heading(report.document()));
        }
        written++;
        body(report);
        output.out().flush();
    }

    /** The heading line of a document's report when there are several. */
    protected String heading(String document) {
        return output.style().bold("== " + TerminalText.cell(document));
    }

    /** True when reports of several documents follow one another. */
    protected final boolean severalDocuments() {
        return documents > 1;
    }

    /** Writes one report. */
    protected abstract void body(Report<?> report);

    @Override
    public void end() {
        output.out().flush();
    }
}
