package dev.analyze.document;

import java.util.List;
import java.util.Optional;

/**
 * A loaded article: the original text and its structure, all as offsets into {@link #text()}.
 * Immutable; build one with {@link DocumentParser}.
 *
 * <p>The title, when there is one, is paragraph 0 (marked {@link Paragraph#heading()}). Identical
 * copies of the title line that follow it (a copy-paste artifact) are left out of every paragraph,
 * so nothing downstream counts them; {@link #titleRepeats()} says how many there were.
 */
public record Document(
        String name,
        String source,
        String text,
        Optional<Span> title,
        int titleRepeats,
        List<Paragraph> paragraphs,
        List<Sentence> sentences) {

    public Document {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public String titleText() {
        return title.map(s -> s.coveredText(text)).orElse("");
    }

    public String text(Span span) {
        return span.coveredText(text);
    }

    public String text(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end());
    }

    public String text(Paragraph paragraph) {
        return text.substring(paragraph.start(), paragraph.end());
    }

    /** All tokens in document order (title included once, repeats excluded). */
    public List<Token> tokens() {
        return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
    }

    public long wordCount() {
        return sentences.stream().mapToLong(Sentence::wordCount).sum();
    }

    public List<Sentence> sentencesOf(Paragraph paragraph) {
        return sentences.subList(paragraph.firstSentence(), paragraph.endSentence());
    }

    /** The sentence containing {@code offset}, or the nearest one before it. */
    public Optional<Sentence> sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        Sentence found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.start() <= offset) {
                found = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The paragraph containing {@code offset}, or the nearest one before it. */
    public Optional<Paragraph> paragraphAt(int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        Paragraph found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (p.start() <= offset) {
                found = p;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.ofNullable(found);
    }
}
