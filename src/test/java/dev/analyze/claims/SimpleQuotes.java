package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Sentence;
import dev.analyze.document.Span;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.quotes.Quote;
import dev.analyze.quotes.QuoteAnalysis;
import dev.analyze.quotes.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A crude stand-in for the quotes branch, for tests and the dev harness only: double marks paired
 * within a paragraph; the speaker from an attribution in the sentence holding the closing or the
 * opening mark, else the previous quote's speaker (a floating quote).
 */
final class SimpleQuotes {

    private SimpleQuotes() {
    }

    static QuoteAnalysis of(Document doc, EntityAnalysis entities) {
        String text = doc.text();
        List<Span> spans = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            int open = -1;
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                boolean straight = c == '"';
                boolean opens = c == '\u201C' || (straight && open < 0);
                boolean closes = c == '\u201D' || (straight && open >= 0);
                if (opens && open < 0) {
                    open = i;
                } else if (closes && open >= 0) {
                    if (i > open + 1) {
                        spans.add(new Span(open + 1, i));
                    }
                    open = -1;
                }
            }
            if (open >= 0 && open + 1 < p.end()) {
                spans.add(new Span(open + 1, p.end()));
            }
        }
        QuoteAnalysis bare = new QuoteAnalysis(spans.stream().map(s -> quote(doc, s, Optional.empty())).toList(),
                List.of());
        QuoteMask mask = new QuoteMask(bare);
        AttributionFinder finder = new AttributionFinder();
        SpeakerResolver resolver = new SpeakerResolver(doc, entities, mask);
        List<Quote> out = new ArrayList<>();
        Optional<String> previous = Optional.empty();
        int previousParagraph = -5;
        for (Span s : spans) {
            Optional<String> speaker = Optional.empty();
            for (int off : new int[] {s.end(), s.start()}) {
                Sentence sent = doc.sentenceAt(Math.min(off, text.length() - 1)).orElse(null);
                if (sent == null || speaker.isPresent()) {
                    continue;
                }
                boolean heading = doc.paragraphs().get(sent.paragraph()).heading();
                speaker = finder.find(doc, sent, mask, heading).flatMap(a -> resolver.resolve(a.source(), sent))
                        .map(Speaker::name);
            }
            int para = doc.paragraphAt(s.start()).map(Paragraph::index).orElse(0);
            if (speaker.isEmpty() && para - previousParagraph <= 1) {
                speaker = previous;
            }
            if (speaker.isPresent()) {
                previous = speaker;
                previousParagraph = para;
                resolver.remember(resolver.named(speaker.get()), para);
            }
            out.add(quote(doc, s, speaker));
        }
        return new QuoteAnalysis(out, List.of());
    }

    private static Quote quote(Document doc, Span s, Optional<String> speaker) {
        int para = doc.paragraphAt(s.start()).map(Paragraph::number).orElse(1);
        int sent = doc.sentenceAt(s.start()).map(Sentence::number).orElse(1);
        return new Quote(doc.text(s), speaker, Optional.empty(), Optional.empty(), QuoteKind.FULL, para, sent,
                s.start(), s.end(), List.of(s), "simple", List.of());
    }
}
