package dev.analyze.quotes;

import dev.analyze.document.Document;
import dev.analyze.document.Interruption;
import dev.analyze.document.Paragraph;
import dev.analyze.document.Sentence;
import dev.analyze.document.Span;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Finds every direct quotation of a document and who said it.
 *
 * <p>Spans come from the quotation marks ({@link QuoteSpanFinder}); a quote interrupted by its
 * attribution ("A," she said, "b") is joined into one split quote. Attribution tries rules in
 * order of precision, the first that finds a speaker phrase wins:
 * <ol>
 * <li>after the quote: "QUOTE," X said / "QUOTE," said X / "QUOTE" - X (unless the quote closed a
 *     sentence that a lead-in opened);</li>
 * <li>a lead-in right before it: X said: "QUOTE", X, a doctor, said "QUOTE", X said that "QUOTE",
 *     according to X, "QUOTE";</li>
 * <li>a colon lead-in ending the previous paragraph ("And from Chairwoman X:");</li>
 * <li>the next part of a list of quotes: "A" and "B", "A" who was "B";</li>
 * <li>then, for spans no cue governs, titles, names and words-as-words become
 *     {@link QuoteKind#NOT_A_QUOTE} ({@link NotAQuote});</li>
 * <li>passive: described as "QUOTE" by X;</li>
 * <li>a reporting verb earlier in the sentence governs a partial quote (X said the plan was
 *     "a disaster");</li>
 * <li>a cue later in the sentence: "... and said", "..., police said.";</li>
 * <li>a sentence ending in a colon: its subject speaks;</li>
 * <li>no cue at all: the speaker of the quote or reporting sentence right before, when no one
 *     else is named in between.</li>
 * </ol>
 * Speakers are canonical entity names ({@link SpeakerResolver}); what cannot be tied to one
 * entity ("a spokesman", "one") is left empty, with the words kept as the mention. A name inside
 * a quote is never a speaker.
 *
 * <p>Linear in the text: every rule looks at a bounded window around its quote.
 */
public final class QuoteExtractor {

    /** Characters of context looked at on either side of a quote. */
    private static final int WINDOW = 400;

    private final QuoteSpanFinder finder = new QuoteSpanFinder();

    /** The quotes of {@code doc}, speakers resolved through {@code entities}. Never throws. */
    public QuoteAnalysis analyze(Document doc, EntityAnalysis entities) {
        try {
            return new Run(doc, entities).run();
        } catch (CancellationException e) {
            throw e; // Ctrl-C: not a failure to report as an empty result (the REPL would keep it)
        } catch (RuntimeException e) {
            // a bug must not take the whole analysis down; the marks alone still give the quotes
            return new QuoteAnalysis(List.of(), List.of("quote extraction failed: " + e));
        }
    }

    /** The state of one analysis. */
    private final class Run {
        private final Document doc;
        private final String text;
        private final EntityAnalysis entities;
        private List<RawQuote> raws;
        private int[] openMarks;
        private QuoteZones zones;
        private SpeakerResolver resolver;
        private Quote previous;
        private Optional<Entity> previousEntity = Optional.empty();
        private int previousAfter = -1;

        Run(Document doc, EntityAnalysis entities) {
            this.doc = doc;
            this.text = doc.text();
            this.entities = entities;
        }

        QuoteAnalysis run() {
            QuoteSpanFinder.Result found = finder.find(doc);
            raws = found.quotes();
            zones = new QuoteZones(raws);
            resolver = new SpeakerResolver(doc, entities, zones);
            List<Quote> out = new ArrayList<>(raws.size());
            int i = 0;
            while (i < raws.size()) {
                Interruption.check();
                int j = i;
                while (j + 1 < raws.size() && isSplit(raws.get(j), raws.get(j + 1))) {
                    j++;
                }
                Quote q = build(i == j ? List.of(raws.get(i)) : raws.subList(i, j + 1), i, j);
                out.add(q);
                i = j + 1;
            }
            return new QuoteAnalysis(out, found.warnings());
        }

        // ---- contexts ------------------------------------------------------------------------

        private Paragraph paragraph(int index) {
            return doc.paragraphs().get(index);
        }

        private SentenceEnds ends;

        /** The sentence ends of the text, found on first use (a text without quotes never needs them). */
        private SentenceEnds ends() {
            if (ends == null) {
                ends = SentenceEnds.of(text);
            }
            return ends;
        }

        /** Start of the context left of {@code openMark}: sentence start, previous quote, or paragraph start. */
        private int leftStart(int openMark, int paraStart, int prevAfter) {
            int floor = Math.max(Math.max(paraStart, prevAfter), openMark - WINDOW);
            int end = ends().lastIn(floor, openMark);
            return end >= 0 ? end + 1 : Math.max(floor, 0);
        }

        /** {@code leftStart(openMark, p.start(), -1)}: the start of the quote's sentence. */
        private int sentenceStart(int openMark, Paragraph p) {
            return leftStart(openMark, p.start(), -1);
        }

        /** End of the context right of {@code after}: sentence end, next quote, or paragraph end. */
        private int rightEnd(int after, int paraEnd, int nextOpen) {
            int ceiling = Math.min(Math.min(paraEnd, nextOpen), after + WINDOW);
            int end = ends().firstIn(after, ceiling);
            return end >= 0 ? end + 1 : Math.max(ceiling, after);
        }

        /** Index of the first quote whose opening mark is at or after {@code offset}. */
        private int quoteIndexAt(int offset) {
            if (openMarks == null) {
                openMarks = new int[raws.size()];
                for (int i = 0; i < openMarks.length; i++) {
                    openMarks[i] = raws.get(i).openMark();
                }
            }
            int i = java.util.Arrays.binarySearch(openMarks, offset);
            return i >= 0 ? i : -i - 1;
        }

        private int prevAfter(int index) {
            return index > 0 ? raws.get(index - 1).after() : -1;
        }

        private int nextOpen(int index) {
            int k = index + 1;
            // said John "Jack" Smith: the nickname is part of the attribution; a name has at most a
            // few, and the bound keeps a run of thousands of short capitalised quotes linear
            while (k < raws.size() && k - index <= 3 && isNickname(raws.get(k))) {
                k++;
            }
            return k < raws.size() ? raws.get(k).openMark() : Integer.MAX_VALUE;
        }

        /** A short capitalised quote between two capitalised words: John "Jack" Smith. */
        private boolean isNickname(RawQuote q) {
            if (q.unclosed() || q.parts().size() > 1) {
                return false;
            }
            // the capitalised words around it first: they rule out nearly every quote cheaply
            int before = q.openMark() - 1;
            int after = q.closeMark() + 1;
            if (!(before >= 1 && text.charAt(before) == ' ' && Character.isUpperCase(wordStartBefore(before))
                    && after + 1 < text.length() && text.charAt(after) == ' '
                    && Character.isUpperCase(text.charAt(after + 1)))) {
                return false;
            }
            String inner = text.substring(q.start(), q.end());
            return !inner.isBlank() && NotAQuote.wordCount(inner.strip()) <= 3 && NotAQuote.isTitleCase(inner)
                    && Character.isLetter(inner.charAt(inner.length() - 1));
        }

        private char wordStartBefore(int space) {
            int k = space - 1;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            return k >= 0 ? text.charAt(k) : ' ';
        }

        private Words leftWords(RawQuote q, int index) {
            Paragraph p = paragraph(q.firstParagraph());
            int from = leftStart(q.openMark(), p.start(), prevAfter(index));
            return Words.of(text, from, q.openMark());
        }

        private Words rightWords(RawQuote q, int index) {
            Paragraph p = paragraph(q.lastParagraph());
            int after = q.after();
            return Words.of(text, after, rightEnd(after, p.end(), nextOpen(index)));
        }

        // ---- split quotes ----------------------------------------------------------------------

        /** "What is so sad", she said, "is ...": two marked spans, one quote. */
        private boolean isSplit(RawQuote a, RawQuote b) {
            if (a.unclosed() || a.lastParagraph() != b.firstParagraph() || a.single() != b.single()) {
                return false;
            }
            int fa = stripStart(a.start(), a.end());
            int fb = stripEnd(fa, a.end());
            if (fa == fb || endsSentence(fa, fb)) {
                return false;
            }
            if (b.openMark() - a.after() > 200) {
                return false;
            }
            Words between = Words.of(text, a.after(), b.openMark());
            // the attribution is set off by commas: "We are ready," she said, "and ..."
            char opens = text.charAt(fb - 1);
            if (between.size() == 0 || !(opens == ',' || between.punct(0) == ',')
                    || !(between.punct(between.size() - 1) == ',' || between.punct(between.size() - 1) == ':')) {
                return false;
            }
            int words = 0;
            boolean cue = false;
            for (int i = 0; i < between.size(); i++) {
                if (between.isWord(i)) {
                    words++;
                    cue |= ReportingCues.get().cueLength(between, i) > 0;
                } else {
                    char c = between.punct(i);
                    if ((c == '.' && !Phrases.isNameDot(between, i)) || c == '!' || c == '?' || c == ';') {
                        return false;
                    }
                }
            }
            return cue && words <= 12;
        }

        /** The start of {@code text[from, to)} stripped of white space, as {@link String#strip} does. */
        private int stripStart(int from, int to) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            return from;
        }

        private int stripEnd(int from, int to) {
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return to;
        }

        /** {@code endsSentence(text.substring(a, b))}, without the substring. */
        private boolean endsSentence(int a, int b) {
            int k = b - 1;
            while (k >= a && (text.charAt(k) == ']' || text.charAt(k) == ')' || QuoteMarks.isMark(text.charAt(k)))) {
                k--;
            }
            if (k < a) {
                return false;
            }
            char c = text.charAt(k);
            if (c == '!' || c == '?') {
                return true;
            }
            // "..." trails off rather than ends
            return c == '.' && !(k - a >= 2 && text.charAt(k - 1) == '.' && text.charAt(k - 2) == '.');
        }

        private boolean endsSentence(String s) {
            int k = s.length() - 1;
            while (k >= 0 && (s.charAt(k) == ']' || s.charAt(k) == ')' || QuoteMarks.isMark(s.charAt(k)))) {
                k--;
            }
            if (k < 0) {
                return false;
            }
            char c = s.charAt(k);
            if (c == '!' || c == '?') {
                return true;
            }
            // "..." trails off rather than ends
            return c == '.' && !(k >= 2 && s.charAt(k - 1) == '.' && s.charAt(k - 2) == '.');
        }

        // ---- one quote -------------------------------------------------------------------------

        private Quote build(List<RawQuote> group, int firstIndex, int lastIndex) {
            RawQuote first = group.get(0);
            RawQuote last = group.get(group.size() - 1);
            List<Span> parts = group.size() == 1 ? first.parts() : new ArrayList<>();
            if (group.size() > 1) {
                for (int g = 0; g < group.size(); g++) {
                    parts.addAll(group.get(g).parts());
                }
            }
            String inner = joinedText(group);
            Paragraph para = paragraph(first.firstParagraph());
            int leftFrom = leftStart(first.openMark(), para.start(), prevAfter(firstIndex));
            int sentenceFrom = sentenceStart(first.openMark(), para);
            boolean joinsPrevious = firstIndex > 0 && leftFrom == prevAfter(firstIndex) && leftFrom > sentenceFrom;
            Words left = Words.of(text, leftFrom, first.openMark());
            Words right = rightWords(last, lastIndex);
            int la = stripStart(last.start(), last.end());
            int lb = stripEnd(la, last.end());
            boolean endsSentence = endsSentence(la, lb);
            boolean midSentence = left.size() > 0 && !endsWithLeadIn(left);
            // "... now." She went on to say, "...": the words after belong to the next quote
            boolean leadsIntoNext = endsSentence && reachesNext(right, lastIndex);

            Attribution att = Attribution.NONE;
            Attribution lead = leading(left, sentenceFrom, false);
            boolean leadAdjacent = lead.found() && lead.rule().startsWith("lead-in");
            // 1. "QUOTE," X said / said X / - X, unless the quote closed a sentence that a lead-in opened
            if (group.size() > 1) {
                att = trailing(Words.of(text, first.after(), group.get(1).openMark()), false, false);
            }
            if (!att.found() && !(endsSentence && (leadAdjacent || midSentence))) {
                att = trailing(right, leadsIntoNext, endsSentence && text.charAt(lb - 1) == '.');
                if (att.rule().equals("according to") && lead.found()) {
                    att = lead; // Pelosi called it a "breach," according to NBC: the words are Pelosi's
                }
            }
            // 2. X said: "QUOTE" (adjacent lead-in), according to X
            if (!att.found() && leadAdjacent) {
                att = lead;
            }
            // 3. colon lead-in in the previous paragraph
            if (!att.found()) {
                att = colonLeadIn(first);
            }
            // 4. the next part of a quote list: "X" and "Y"; "A" who was "B"
            if (!att.found() && joinsPrevious && previous != null && continuesPrevious(left)) {
                att = inheritPrevious("continues previous quote");
            }
            QuoteKind kind = null;
            String notReason = null;
            if (!att.found()) {
                notReason = NotAQuote.reason(inner, left, right);
                if (notReason != null) {
                    kind = QuoteKind.NOT_A_QUOTE;
                }
            }
            // 5. passive: described as "QUOTE" by X
            if (kind == null && !att.found()) {
                att = passiveBy(left, right);
            }
            // 5b. a reporting verb earlier in the sentence governs a partial quote
            if (kind == null && !att.found() && lead.found()) {
                att = lead;
            }
            // 6. the cue comes later in the sentence: "... gave its "sympathies" and said ...", "..., police said."
            if (kind == null && !att.found() && !endsSentence) {
                att = laterInSentence(last, lastIndex, sentenceFrom, first.openMark());
            }
            // 7. a sentence ending in a colon: its subject speaks ("In his message, he praised X: ...")
            if (kind == null && !att.found() && left.size() > 0 && left.punct(left.size() - 1) == ':') {
                att = colonSubject(sentenceFrom, first.openMark());
            }
            // 8. no cue: the speaker of what came right before
            if (kind == null && !att.found()) {
                att = hasCue(right) && !reachesNext(right, lastIndex) ? Attribution.NONE : inherited(first, left);
            }
            if (kind == null) {
                kind = kindOf(group, inner, left, att);
            }
            Optional<Speaker> sp = att.speaker();
            Optional<String> speaker = sp.flatMap(Speaker::canonical);
            Optional<String> mention = sp.map(Speaker::mention);
            Optional<String> cue = att.cue().isEmpty() ? Optional.empty() : Optional.of(att.cue());
            List<String> warnings = List.of();
            for (int g = 0; g < group.size(); g++) {
                RawQuote r = group.get(g);
                if (r.unclosed()) {
                    warnings = withWarning(warnings, unclosedWarning(r.lastParagraph()));
                }
            }
            if (notReason != null) {
                warnings = withWarning(warnings, notAQuoteWarnings.computeIfAbsent(notReason, r -> "not a quote: " + r));
            }
            int sentence = sentenceNumber(first.openMark());
            Quote q = new Quote(inner, speaker, mention, cue, kind, para.number(), sentence, first.start(), last.end(),
                    parts, notReason != null ? "not-a-quote" : att.rule(), warnings);
            if (q.isQuote()) {
                sp.flatMap(Speaker::entity).ifPresent(e -> resolver.recordSpeaker(first.start(), e));
                previous = q;
                previousEntity = sp.flatMap(Speaker::entity);
                previousAfter = last.after();
            }
            return q;
        }

        // the same warning texts are shared, not rebuilt per quote: dense marks make thousands of them
        private final java.util.Map<String, String> notAQuoteWarnings = new java.util.HashMap<>();
        private final java.util.Map<String, List<String>> singleWarnings = new java.util.HashMap<>();

        /** {@code warnings} plus {@code w}: one shared immutable list per warning when it is the only one. */
        private List<String> withWarning(List<String> warnings, String w) {
            if (warnings.isEmpty()) {
                return singleWarnings.computeIfAbsent(w, List::of);
            }
            List<String> more = new ArrayList<>(warnings);
            more.add(w);
            return more;
        }

        private int unclosedParagraph = -1;
        private String unclosedWarning;

        private String unclosedWarning(int paragraph) {
            if (paragraph != unclosedParagraph) {
                unclosedParagraph = paragraph;
                unclosedWarning = "no closing mark: closed at the end of paragraph " + paragraph(paragraph).number();
            }
            return unclosedWarning;
        }

        private int sentenceCursor;

        /** {@code doc.sentenceAt(offset)}'s number (1 if none): quotes come in order, so a cursor walks there. */
        private int sentenceNumber(int offset) {
            List<Sentence> ss = doc.sentences();
            int k = sentenceCursor;
            if (k >= ss.size() || ss.get(k).start() > offset) {
                return doc.sentenceAt(offset).map(Sentence::number).orElse(1);
            }
            while (k + 1 < ss.size() && ss.get(k + 1).start() <= offset) {
                k++;
            }
            sentenceCursor = k;
            return ss.get(k).number();
        }

        /** A reporting cue among the first words after a quote: an attribution the rules could not read. */
        private boolean hasCue(Words right) {
            for (int i = 0; i < right.size() && i < 12; i++) {
                if (right.isPunct(i, '.') && !Phrases.isNameDot(right, i)) {
                    return false;
                }
                if (ReportingCues.get().cueLength(right, i) > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The words before a quote end as a lead-in does: "said:", "said,", "said that". */
        private boolean endsWithLeadIn(Words left) {
            int n = left.size();
            char c = left.punct(n - 1);
            if (c == ':' || c == ',' || c == '(' || c == '\u2014' || c == '\u2013') {
                return true;
            }
            return left.isWord(n - 1) && (left.lower(n - 1).equals("that")
                    || ReportingCues.get().cueLength(left, n - 1) > 0);
        }

        /** The right context runs into the next quote's opening mark. */
        private boolean reachesNext(Words right, int index) {
            if (index + 1 >= raws.size()) {
                return false;
            }
            int end = right.size() == 0 ? raws.get(index).after() : right.end(right.size() - 1);
            char last = right.size() == 0 ? 0 : right.punct(right.size() - 1);
            if (last == '.' || last == '!' || last == '?') {
                return false; // the words after end their own sentence
            }
            RawQuote next = raws.get(index + 1);
            return next.openMark() >= end && next.openMark() - end < WINDOW
                    && text.substring(end, next.openMark()).isBlank();
        }

        /** Words between two quotes that only link them: "and", "or", "who was", "in nature:". */
        private boolean continuesPrevious(Words left) {
            int words = 0;
            for (int i = 0; i < left.size(); i++) {
                if (left.isWord(i)) {
                    words++;
                    if (ReportingCues.get().cueLength(left, i) > 0 || left.isCapitalized(i)) {
                        return false;
                    }
                } else {
                    char c = left.punct(i);
                    if (c != ',' && c != ':' && c != ';' && c != '\u2014' && c != '\u2013' && c != '-') {
                        return false;
                    }
                }
            }
            return words <= 4 && previous.speaker().isPresent();
        }

        private Attribution inheritPrevious(String rule) {
            return new Attribution(previous.speaker().map(s -> new Speaker(previous.speakerMention().orElse(s),
                    Optional.of(s), previousEntity)), "", rule);
        }

        /**
         * A cue after the quote, later in its sentence: a coordinated "and said" whose subject is the
         * sentence subject, or a closing ", X said." that attributes the whole sentence.
         */
        private Attribution laterInSentence(RawQuote last, int index, int sentenceFrom, int openMark) {
            int from = last.after();
            // look past two more quotes at most, so dense marks cannot make this slow
            int bound = index + 3 < raws.size() ? raws.get(index + 3).openMark() : Integer.MAX_VALUE;
            int to = rightEnd(from, paragraph(last.lastParagraph()).end(), bound);
            if (!mayHoldLaterCue(from, to)) {
                return Attribution.NONE;
            }
            Words w = Words.of(text, from, to);
            int lastComma = -1;
            for (int i = 0; i < w.size(); i++) {
                if (zones.inside(w.start(i))) {
                    continue;
                }
                if (w.isPunct(i, ',')) {
                    lastComma = i;
                }
                if (w.isWord(i) && (w.lower(i).equals("and") || w.lower(i).equals("but"))
                        && ReportingCues.get().cueLength(w, i + 1) > 0 && !w.lower(i + 1).equals("according")) {
                    Words sw = Words.of(text, sentenceFrom, openMark);
                    for (int k = 0; k < sw.size(); k++) {
                        if (sw.isWord(k) && RELATIVE.contains(sw.lower(k))) {
                            return Attribution.NONE; // the quote sits in a clause of its own
                        }
                    }
                    long subj = Phrases.sentenceSubject(sw);
                    if (subj >= 0) {
                        Attribution a = speakerAttribution(sw, subj, w.text(i + 1), "in-sentence (and said)");
                        return a.named() ? a : Attribution.NONE;
                    }
                    return Attribution.NONE;
                }
            }
            if (lastComma >= 0 && lastComma + 1 < w.size()) {
                for (int i = lastComma + 1; i < w.size(); i++) {
                    if (zones.inside(w.start(i))) {
                        return Attribution.NONE;
                    }
                }
                Attribution a = trailing(Words.of(text, w.end(lastComma), to), false, true);
                if (a.found()) {
                    return new Attribution(a.speaker(), a.cue(), "sentence-final cue");
                }
            }
            return Attribution.NONE;
        }

        /**
         * Whether {@code text[from, to)} has what {@link #laterInSentence} needs, a comma or the word
         * "and" or "but": a cheap test that spares tokenizing the words after most quotes.
         */
        private boolean mayHoldLaterCue(int from, int to) {
            for (int k = Math.max(0, from); k < to; k++) {
                char c = text.charAt(k);
                if (c == ',') {
                    return true;
                }
                if (k + 3 <= to) {
                    char c0 = (char) (c | 0x20);
                    if (c0 == 'a' && (text.charAt(k + 1) | 0x20) == 'n' && (text.charAt(k + 2) | 0x20) == 'd'
                            || c0 == 'b' && (text.charAt(k + 1) | 0x20) == 'u' && (text.charAt(k + 2) | 0x20) == 't') {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Words that take the quote as their complement: the quote is part of the writer's sentence. */
        private static final java.util.Set<String> GOVERNING = Lexicon.words("as", "a", "an", "the", "of", "to",
                "for", "with", "by", "is", "was", "are", "were", "be", "been", "called", "his", "her", "its", "their",
                "our", "my", "this", "these", "those", "from", "into", "about", "than", "like");

        private static final java.util.Set<String> RELATIVE = Lexicon.words("who", "which", "that", "whom", "whose",
                "where", "when", "what");

        private static final java.util.Set<String> BE = Lexicon.words("was", "were", "is", "are", "been", "being",
                "be", "widely", "often", "also");

        /** "... was described as "QUOTE" by X": X speaks (the passive puts the speaker after "by"). */
        private Attribution passiveBy(Words left, Words right) {
            if (right.size() < 2 || !right.isWord(0) || !right.lower(0).equals("by")) {
                return Attribution.NONE;
            }
            for (int i = left.size() - 1; i >= 1 && i >= left.size() - 4; i--) {
                if (left.isWord(i) && ReportingCues.get().isVerb(left.lower(i)) && left.isWord(i - 1)
                        && BE.contains(left.lower(i - 1))) {
                    long phrase = Phrases.objectAfter(right, 1);
                    if (phrase >= 0) {
                        return speakerAttribution(right, phrase, left.text(i) + " by", "passive by");
                    }
                }
            }
            return Attribution.NONE;
        }

        /** The subject of a sentence that ends in a colon before the quote. */
        private Attribution colonSubject(int sentenceFrom, int openMark) {
            Words w = Words.of(text, sentenceFrom, openMark);
            long subj = Phrases.sentenceSubject(w);
            if (subj < 0) {
                return Attribution.NONE;
            }
            Speaker s = resolver.resolve(w, Phrases.first(subj), Phrases.last(subj));
            return s.canonical().isPresent() ? Attribution.of(s, ":", "colon, sentence subject") : Attribution.NONE;
        }

        private String joinedText(List<RawQuote> group) {
            if (group.size() == 1 && group.get(0).parts().size() == 1) {
                Span p = group.get(0).parts().get(0);
                return text.substring(p.start(), p.end());
            }
            StringBuilder sb = new StringBuilder();
            for (int g = 0; g < group.size(); g++) {
                if (g > 0) {
                    sb.append(" ... ");
                }
                List<Span> ps = group.get(g).parts();
                for (int k = 0; k < ps.size(); k++) {
                    if (k > 0) {
                        sb.append("\n\n");
                    }
                    sb.append(text, ps.get(k).start(), ps.get(k).end());
                }
            }
            return sb.toString();
        }

        /** The words after this quote introduce the next one ("... now." She went on to say, "..."). */
        private boolean leadsIntoNext(RawQuote q, int index, Words right) {
            if (index + 1 >= raws.size() || right.size() == 0) {
                return false;
            }
            int end = right.end(right.size() - 1);
            RawQuote next = raws.get(index + 1);
            char lastPunct = right.punct(right.size() - 1);
            boolean reachesNext = text.substring(end, next.openMark()).isBlank();
            return reachesNext && (lastPunct == ',' || lastPunct == ':')
                    && endsSentence(text.substring(q.start(), q.end()).strip());
        }

        // ---- rules -----------------------------------------------------------------------------

        /** "QUOTE," X said / "QUOTE," said X / "QUOTE" — X, read from the words after the quote. */
        private Attribution trailing(Words w, boolean leadsIntoNext, boolean shortTail) {
            int k = 0;
            while (k < w.size() && (w.punct(k) == ',' || w.punct(k) == ')')) {
                k++;
            }
            if (k >= w.size()) {
                return Attribution.NONE;
            }
            char d = w.punct(k);
            if ((d == '\u2014' || d == '\u2013' || d == '-') && w.isCapitalized(k + 1)) {
                long name = Phrases.objectAfter(w, k + 1);
                if (name >= 0 && restIsPunctuation(w, Phrases.last(name) + 1)) {
                    return speakerAttribution(w, name, String.valueOf(d), "dash");
                }
                return Attribution.NONE;
            }
            if (leadsIntoNext) {
                return Attribution.NONE;
            }
            int len = ReportingCues.get().cueLength(w, k);
            if (len > 0) {
                long phrase = invertedSpeaker(w, k + len);
                if (phrase >= 0) {
                    String rule = w.lower(k).equals("according") ? "according to" : "quote, cue speaker";
                    return speakerAttribution(w, phrase, w.span(k, k + len - 1), rule);
                }
                return Attribution.NONE;
            }
            for (int v = k + 1; v < w.size() && v <= k + 14; v++) {
                char c = w.punct(v);
                if (c == '.' && !Phrases.isNameDot(w, v) || c == '!' || c == '?' || c == ';' || c == ':') {
                    break;
                }
                int cl = ReportingCues.get().cueLength(w, v);
                if (cl > 0) {
                    if (w.lower(v).equals("according")) {
                        break;
                    }
                    long subj = Phrases.subjectBefore(w, v, k, i -> commaInName(w, i));
                    if (subj >= 0 && Phrases.first(subj) == k && (!shortTail || shortTail(w, v + cl))) {
                        return speakerAttribution(w, subj, w.span(v, v + cl - 1), "quote, speaker cue");
                    }
                    break;
                }
            }
            return Attribution.NONE;
        }

        /** The comma at word {@code i} lies inside one entity's name. */
        private boolean commaInName(Words w, int i) {
            if (!w.isWord(i - 1) || !w.isWord(i + 1)) {
                return false;
            }
            Optional<Entity> before = entities.entityAt(w.start(i - 1));
            Optional<Entity> after = entities.entityAt(w.start(i + 1));
            if (before.isEmpty() || after.isEmpty() || !before.get().name().equals(after.get().name())) {
                return false;
            }
            for (EntityAnalysis.Resolved r : entities.mentionsIn(Math.max(0, w.start(i) - 80), w.start(i))) {
                if (r.mention().end() > w.end(i)) {
                    return true;
                }
            }
            return false;
        }

        /** After the cue, at most a few words before a comma or the end: "said on Friday". */
        private boolean shortTail(Words w, int from) {
            int words = 0;
            for (int i = from; i < w.size() && !w.isPunct(i, ','); i++) {
                if (w.isWord(i)) {
                    words++;
                }
            }
            return words <= 6;
        }

        private boolean restIsPunctuation(Words w, int from) {
            for (int i = from; i < w.size(); i++) {
                if (w.isWord(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * X said: "QUOTE" / X said that "QUOTE" / According to X, "QUOTE" (rule "lead-in"), or a
         * reporting verb further back in the same sentence (rule "in-sentence"; with
         * {@code anyDistance} every such verb counts as a lead-in, for colon lead-ins).
         *
         * @param sentenceFrom where the sentence starts, for subjects of "and said" and "..., adding"
         */
        private Attribution leading(Words w, int sentenceFrom, boolean anyDistance) {
            int n = w.size();
            for (int v = n - 1; v >= 0; v--) {
                if (!w.isWord(v)) {
                    continue;
                }
                // the cue covering v, multiword cues included ("went on to say")
                int s = -1;
                int len = 0;
                for (int st = Math.max(0, v - 3); st <= v; st++) {
                    int l = ReportingCues.get().cueLength(w, st);
                    if (l > 0 && st + l - 1 >= v) {
                        s = st;
                        len = l;
                        break;
                    }
                }
                if (s < 0) {
                    continue;
                }
                v = s;
                int tail = 0;
                for (int t = s + len; t < n; t++) {
                    if (w.isWord(t)) {
                        tail++;
                    }
                }
                char lastPunct = w.punct(n - 1);
                boolean thatOnly = tail == 1 && w.lower(n - 1).equals("that");
                boolean adjacent = anyDistance || tail == 0 || thatOnly
                        || tail <= 7 && (lastPunct == ':' || lastPunct == ',') || tail <= 3 && lastPunct == 0;
                String rule = adjacent ? "lead-in" : "in-sentence";
                String cue = w.span(s, s + len - 1);
                if (w.lower(s).equals("according")) {
                    long phrase = Phrases.objectAfter(w, s + len);
                    if (phrase >= 0) {
                        return speakerAttribution(w, phrase, cue, rule + " (according to)");
                    }
                    continue;
                }
                String sl = w.lower(s);
                if (isPassive(w, s)) {
                    continue; // "was commonly called", "was told": the subject did not speak
                }
                boolean participle = sl.endsWith("ing") && w.isPunct(s - 1, ',');
                boolean coordinated = w.isWord(s - 1) && (w.lower(s - 1).equals("and") || w.lower(s - 1).equals("but"));
                if (participle || coordinated) {
                    // "QUOTE," said X, adding that "...": the speaker of the quote earlier in the sentence
                    if (previous != null && previous.speaker().isPresent() && previousAfter > sentenceFrom
                            && previousAfter <= w.start(s)) {
                        Attribution a = inheritPrevious(rule);
                        return new Attribution(a.speaker(), cue, rule);
                    }
                    // "X cited Article 5 and said, ..." / "X spoke out, calling it ...": the sentence subject
                    Words sw = Words.of(text, sentenceFrom, w.start(s));
                    long subj = Phrases.sentenceSubject(sw);
                    if (subj >= 0) {
                        return speakerAttribution(sw, subj, cue, rule);
                    }
                    continue;
                }
                long subj = Phrases.subjectBefore(w, s, 0, i -> commaInName(w, i));
                if (subj < 0 && adjacent && (lastPunct == ':' || lastPunct == ',')) {
                    subj = invertedSpeaker(w, s + len); // Said the mayor: "..."
                }
                if (subj >= 0) {
                    return speakerAttribution(w, subj, cue, rule);
                }
            }
            return Attribution.NONE;
        }

        /** The cue at {@code s} is a passive participle: "was (commonly) called", "were told". */
        private boolean isPassive(Words w, int s) {
            String sl = w.lower(s);
            if (sl.endsWith("ing") || sl.endsWith("s") && !sl.endsWith("ss")) {
                return false;
            }
            int j = s - 1;
            while (j >= 0 && w.isWord(j) && (Phrases.isMannerAdverb(w, j) || w.lower(j).equals("also")
                    || w.lower(j).equals("often") || w.lower(j).equals("widely") || w.lower(j).equals("once"))) {
                j--;
            }
            return w.isWord(j) && BE.contains(w.lower(j)) && !w.lower(j).equals("widely")
                    && !w.lower(j).equals("often") && !w.lower(j).equals("also");
        }

        /**
         * The speaker after an inverted cue: the first person named before the clause ends ("said
         * University of California, San Diego's chancellor, Pradeep Khosla"), else the phrase itself
         * ("said a homeless man who ...").
         */
        private long invertedSpeaker(Words w, int a) {
            int end = a;
            while (end < w.size() && end - a < 16) {
                if (w.isWord(end)) {
                    String lw = w.lower(end);
                    boolean linksName = (lw.equals("of") || lw.equals("for") || lw.equals("at") || lw.equals("from"))
                            && (w.isCapitalized(end + 1) || w.isWord(end + 1) && w.lower(end + 1).equals("the"));
                    if (Phrases.isClause(w, end) && !linksName || ReportingCues.get().isVerb(lw)) {
                        break;
                    }
                } else {
                    char c = w.punct(end);
                    if (c != ',' && c != '-' && c != '\'' && c != '\u2019' && !Phrases.isNameDot(w, end)) {
                        break;
                    }
                }
                end++;
            }
            if (end > a) {
                for (EntityAnalysis.Resolved r : entities.mentionsIn(w.start(a), w.end(end - 1))) {
                    if (r.entity().type() == dev.analyze.entities.EntityType.PERSON && !zones.inside(r.mention().start())) {
                        int k = a;
                        while (k < end && w.end(k) <= r.mention().start()) {
                            k++;
                        }
                        int e = k;
                        while (e + 1 < end && w.start(e + 1) < r.mention().end()) {
                            e++;
                        }
                        return Phrases.range(a, e);
                    }
                }
            }
            return Phrases.objectAfter(w, a);
        }

        /** And from Chairwoman Rosenworcel: ¶ "QUOTE" / X said of the suspect: ¶ "QUOTE". */
        private Attribution colonLeadIn(RawQuote q) {
            Paragraph p = paragraph(q.firstParagraph());
            if (q.openMark() != p.start() || q.firstParagraph() == 0) {
                return Attribution.NONE;
            }
            Paragraph prev = paragraph(q.firstParagraph() - 1);
            int end = prev.end();
            if (end <= prev.start() || text.charAt(end - 1) != ':') {
                return Attribution.NONE;
            }
            int from = leftStart(end - 1, prev.start(), -1);
            Words w = Words.of(text, from, end);
            Attribution a = leading(w, from, true);
            if (a.found()) {
                return new Attribution(a.speaker(), a.cue(), "colon lead-in");
            }
            // "From NAME:" or "NAME:"
            int n = w.size();
            for (int i = n - 2; i >= 0 && i >= n - 8; i--) {
                if (w.isWord(i) && w.lower(i).equals("from")) {
                    long phrase = Phrases.objectAfter(w, i + 1);
                    if (phrase >= 0) {
                        return speakerAttribution(w, phrase, ":", "colon lead-in (from)");
                    }
                }
            }
            long name = n >= 2 ? Phrases.nameRun(w, 0, n - 2) : -1;
            if (name >= 0 && Phrases.first(name) == 0) {
                return speakerAttribution(w, name, ":", "colon lead-in (name)");
            }
            return Attribution.NONE;
        }

        /**
         * A quote no cue governs inherits the speaker of the quote just before it when nothing
         * intervenes, or the subject of the reporting sentence right before it ("Smith said talks
         * had stalled. "We have no choice now."").
         */
        private Attribution inherited(RawQuote q, Words left) {
            if (left.size() > 0) {
                return Attribution.NONE; // the quote sits inside the writer's own sentence
            }
            Paragraph p = paragraph(q.firstParagraph());
            // the reporting sentence right before, in this paragraph or closing the previous one
            int sentenceStart = q.openMark();
            int prevFrom;
            int prevTo;
            if (q.openMark() == p.start()) {
                if (q.firstParagraph() == 0 || paragraph(q.firstParagraph() - 1).heading()) {
                    return Attribution.NONE;
                }
                Paragraph pp = paragraph(q.firstParagraph() - 1);
                prevTo = pp.end();
                prevFrom = leftStart(Math.max(pp.start(), prevTo - 1), pp.start(), -1);
            } else {
                prevTo = sentenceStart;
                int k = sentenceStart - 1;
                while (k > p.start() && (Character.isWhitespace(text.charAt(k)) || ".!?".indexOf(text.charAt(k)) >= 0
                        || QuoteMarks.isMark(text.charAt(k)))) {
                    k--;
                }
                prevFrom = leftStart(Math.max(p.start(), k), p.start(), -1);
            }
            if (previous != null && previousAfter >= prevFrom && previousAfter <= q.openMark()
                    && previous.speaker().isPresent()) {
                // the previous quote ends in that sentence: inherit when nobody else is named after it
                int attributionEnd = rightEnd(previousAfter, q.openMark(), q.openMark());
                if (nobodyElse(attributionEnd, q.openMark())) {
                    return inheritPrevious("continues previous quote");
                }
                return Attribution.NONE;
            }
            if (prevFrom < prevTo && !zones.inside(prevFrom)) {
                // the words before the first quote of that sentence: a quote there ends the search anyway
                int firstQuote = quoteIndexAt(prevFrom);
                if (firstQuote < raws.size()) {
                    prevTo = Math.min(prevTo, raws.get(firstQuote).openMark() + 1);
                }
                Words w = Words.of(text, prevFrom, prevTo);
                for (int v = 0; v < w.size(); v++) {
                    if (zones.inside(w.start(v))) {
                        return Attribution.NONE;
                    }
                    int len = ReportingCues.get().cueLength(w, v);
                    if (len > 0 && !w.lower(v).equals("according")) {
                        if (Lexicon.WEAK_VERBS.contains(w.lower(v))) {
                            return Attribution.NONE; // "Unrest continued in Portland." reports no words
                        }
                        long subj = Phrases.subjectBefore(w, v, 0, i -> commaInName(w, i));
                        if (subj >= 0) {
                            Speaker s = resolver.resolve(w, Phrases.first(subj), Phrases.last(subj));
                            if (s.canonical().isPresent()) {
                                return new Attribution(Optional.of(s), "", "follows reporting sentence");
                            }
                        }
                        return Attribution.NONE;
                    }
                }
            }
            return Attribution.NONE;
        }

        /** No named mention of another entity and no other reporting subject in {@code [from, to)}. */
        private boolean nobodyElse(int from, int to) {
            if (to - from > 2 * WINDOW) {
                return false;
            }
            for (EntityAnalysis.Resolved r : entities.mentionsIn(from, to)) {
                if (!zones.inside(r.mention().start())
                        && (previousEntity.isEmpty() || !previousEntity.get().name().equals(r.entity().name()))) {
                    return false;
                }
            }
            return true;
        }

        private Attribution speakerAttribution(Words w, long phrase, String cue, String rule) {
            int a = Phrases.first(phrase);
            int b = Phrases.last(phrase);
            Speaker s = resolver.resolve(w, a, b);
            if (s.canonical().isEmpty() && !Lexicon.PERSONAL_PRONOUNS.contains(w.lower(b))) {
                Optional<Entity> org = resolver.organisationAfter(w, b);
                if (org.isPresent()) {
                    s = Speaker.of(s.mention(), org.get());
                }
            }
            return Attribution.of(s, cue, rule);
        }

        private QuoteKind kindOf(List<RawQuote> group, String inner, Words left, Attribution att) {
            if (group.size() > 1) {
                return QuoteKind.SPLIT;
            }
            if (group.get(0).parts().size() > 1) {
                return QuoteKind.MULTI_PARAGRAPH;
            }
            int k = 0;
            while (k < inner.length() && !Character.isLetterOrDigit(inner.charAt(k))) {
                k++;
            }
            if (k < inner.length() && Character.isLowerCase(inner.charAt(k))) {
                return QuoteKind.PARTIAL;
            }
            if (att.rule().startsWith("in-sentence")) {
                return QuoteKind.PARTIAL;
            }
            if (att.rule().startsWith("lead-in") || att.rule().startsWith("colon")) {
                // Trump said on Friday "I can do it ...", but attacked it as "Witch Hunt garbage."
                boolean governed = left.size() > 0 && left.isWord(left.size() - 1)
                        && GOVERNING.contains(left.lower(left.size() - 1));
                return governed ? QuoteKind.PARTIAL : QuoteKind.FULL;
            }
            if (left.size() > 0) {
                char c = left.punct(left.size() - 1);
                if (c != ':' && c != ',' && c != '(' && c != '\u2014' && c != '\u2013' && c != '-') {
                    return QuoteKind.PARTIAL;
                }
            }
            return QuoteKind.FULL;
        }
    }
}
