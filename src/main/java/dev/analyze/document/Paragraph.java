package dev.analyze.document;

/**
 * A paragraph: 0-based {@code index}, offsets, and the range of its sentences
 * ({@code firstSentence} inclusive, {@code endSentence} exclusive). {@code heading} marks the title.
 */
public record Paragraph(int index, int start, int end, int firstSentence, int endSentence, boolean heading) {

    public Span span() {
        return new Span(start, end);
    }

    public int number() {
        return index + 1;
    }

    public int sentenceCount() {
        return endSentence - firstSentence;
    }
}
