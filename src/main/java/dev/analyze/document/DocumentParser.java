package dev.analyze.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns text into a {@link Document}: title, paragraphs, sentences, tokens.
 *
 * <p>Paragraphs are blocks separated by blank lines. The first line is the title when a blank line
 * or the body follows it (a one-line document has no title: it is all body). Lines identical to the
 * title right after it, with or without blank lines between, are repetitions and belong to no
 * paragraph.
 */
public final class DocumentParser {

    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;

    public DocumentParser(SentenceSplitter splitter, Tokenizer tokenizer) {
        this.splitter = splitter;
        this.tokenizer = tokenizer;
    }

    /** The parser with the project's news-English splitter and tokenizer. */
    public static DocumentParser standard() {
        return new DocumentParser(new NewsSentenceSplitter(), new NewsTokenizer());
    }

    public Document parse(String name, String source, String string) {
        Chars text = new Chars(string); // one array for all the scans below
        List<Span> lines = lines(text);
        List<Span> blocks = new ArrayList<>();
        Span title = null;
        int repeats = 0;
        int i = 0;
        // skip leading blank lines
        while (i < lines.size() && isBlank(text, lines.get(i))) {
            i++;
        }
        if (i < lines.size()) {
            Span first = trim(text, lines.get(i));
            int next = i + 1;
            boolean hasMore = false;
            for (int j = next; j < lines.size(); j++) {
                if (!isBlank(text, lines.get(j))) {
                    hasMore = true;
                    break;
                }
            }
            if (hasMore) {
                title = first;
                i = next;
                String titleText = first.coveredText(text);
                // consume repetitions of the title line
                while (true) {
                    int j = i;
                    while (j < lines.size() && isBlank(text, lines.get(j))) {
                        j++;
                    }
                    if (j < lines.size() && trim(text, lines.get(j)).coveredText(text).equals(titleText)) {
                        repeats++;
                        i = j + 1;
                    } else {
                        break;
                    }
                }
            }
        }
        // group remaining lines into blank-line separated blocks
        int blockStart = -1;
        int blockEnd = -1;
        for (; i < lines.size(); i++) {
            Span line = lines.get(i);
            if (isBlank(text, line)) {
                if (blockStart >= 0) {
                    blocks.add(new Span(blockStart, blockEnd));
                    blockStart = -1;
                }
            } else {
                Span t = trim(text, line);
                if (blockStart < 0) {
                    blockStart = t.start();
                }
                blockEnd = t.end();
            }
        }
        if (blockStart >= 0) {
            blocks.add(new Span(blockStart, blockEnd));
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        if (title != null) {
            addParagraph(text, title, true, paragraphs, sentences);
        }
        for (Span block : blocks) {
            addParagraph(text, block, false, paragraphs, sentences);
        }
        return new Document(name, source, string, Optional.ofNullable(title), repeats, paragraphs, sentences);
    }

    private void addParagraph(Chars text, Span span, boolean heading, List<Paragraph> paragraphs,
            List<Sentence> sentences) {
        int pIndex = paragraphs.size();
        int first = sentences.size();
        Interruption.check();
        // the project's own splitter and tokenizer read the characters from the array; others get the string
        List<Span> spans = heading ? List.of(span)
                : splitter instanceof NewsSentenceSplitter news ? news.split(text, span.start(), span.end())
                : splitter.split(text.toString(), span.start(), span.end());
        for (Span s : spans) {
            if ((sentences.size() & 63) == 0) {
                Interruption.check();
            }
            List<Token> tokens = tokenizer instanceof NewsTokenizer news ? news.tokenize(text, s.start(), s.end())
                    : tokenizer.tokenize(text.toString(), s.start(), s.end());
            sentences.add(new Sentence(sentences.size(), pIndex, s.start(), s.end(), tokens));
        }
        paragraphs.add(new Paragraph(pIndex, span.start(), span.end(), first, sentences.size(), heading));
    }

    /** Line spans without their terminators; handles LF, CRLF and lone CR. */
    static List<Span> lines(Chars text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                lines.add(new Span(start, k));
                if (c == '\r' && k + 1 < n && text.charAt(k + 1) == '\n') {
                    k++;
                }
                start = k + 1;
            } else if (c == '\u2028' || c == '\u2029') {
                lines.add(new Span(start, k));
                start = k + 1;
            }
        }
        if (start < n) {
            lines.add(new Span(start, n));
        }
        return lines;
    }

    private static boolean isBlank(Chars text, Span line) {
        for (int k = line.start(); k < line.end(); k++) {
            if (!isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return c < LATIN1_SPACE.length ? LATIN1_SPACE[c] : isSpaceSlow(c);
    }

    /** {@link #isSpace} for Latin-1, looked up: it is asked of nearly every character scanned. */
    private static final boolean[] LATIN1_SPACE = new boolean[256];

    static {
        for (char c = 0; c < LATIN1_SPACE.length; c++) {
            LATIN1_SPACE[c] = isSpaceSlow(c);
        }
    }

    private static boolean isSpaceSlow(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    static Span trim(Chars text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }
}
