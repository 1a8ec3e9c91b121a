package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.Interruption;
import dev.analyze.document.Sentence;
import dev.analyze.document.Span;
import dev.analyze.document.Token;
import dev.analyze.entities.Entity;
import dev.analyze.entities.EntityAnalysis;
import dev.analyze.quotes.Quote;
import dev.analyze.quotes.QuoteAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an article's key claims: who claims what, best first.
 *
 * <p>Every content sentence is a candidate, except that the sentences one direct quote runs
 * through (within a paragraph) make a single candidate: one utterance, one claim. Its claimant comes from its attribution (a reporting
 * verb with its subject, "according to", a "Claim: Speaker" headline), resolved like a quote's
 * speaker, or from the direct quote it carries; with neither it is the article's own statement.
 * Candidates are ranked by a mix of sentence centrality (TextRank), a lead-position prior (news
 * puts the main point first), claim-worthiness (attribution, quantities, comparisons,
 * obligations), then picked by maximal marginal relevance so the headline and a lead sentence
 * saying the same thing appear once, and one speaker does not crowd out the others.
 *
 * <p>Stateless and thread-safe; each call is linear in the document's length (the similarity
 * graph is windowed for very long documents).
 */
public final class ClaimExtractor {

    private final AttributionFinder finder = new AttributionFinder();
    private final RankingWeights w;

    public ClaimExtractor() {
        this(RankingWeights.DEFAULT);
    }

    ClaimExtractor(RankingWeights weights) {
        this.w = weights;
    }

    /** The top {@value ClaimFilter#DEFAULT_TOP} claims. */
    public List<Claim> analyze(Document doc, EntityAnalysis entities, QuoteAnalysis quotes) {
        return analyze(doc, entities, quotes, ClaimFilter.top(ClaimFilter.DEFAULT_TOP));
    }

    /** The best claims that pass {@code filter}, best first. */
    public List<Claim> analyze(Document doc, EntityAnalysis entities, QuoteAnalysis quotes, ClaimFilter filter) {
        List<Candidate> all = candidates(doc, entities, quotes);
        List<Candidate> kept = new ArrayList<>();
        Optional<String> wanted = filter.speaker().map(n -> canonical(n, entities));
        for (Candidate c : all) {
            if (filter.kind().isPresent() && c.kind != filter.kind().get()) {
                continue;
            }
            if (wanted.isPresent() && !sameSpeaker(c, wanted.get(), entities)) {
                continue;
            }
            kept.add(c);
        }
        double[] relevance = new double[kept.size()];
        List<TermVector> vectors = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            relevance[i] = kept.get(i).relevance;
            vectors.add(kept.get(i).vector);
        }
        Mmr.PairPenalty penalty = (a, b) -> pairPenalty(kept.get(a), kept.get(b));
        double[] scores = new double[Math.min(filter.top(), kept.size())];
        List<Integer> order = Mmr.select(relevance, vectors, filter.top(), w.lambda(), penalty, w.coverage(), scores);
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            out.add(kept.get(order.get(i)).toClaim(doc, Math.round(scores[i] * 1000) / 1000.0));
        }
        return List.copyOf(out);
    }

    /** Redundancy beyond shared words: one claimant, or one paragraph, twice. */
    private double pairPenalty(Candidate a, Candidate b) {
        double p = 0;
        Optional<String> sa = a.speakerName();
        if (sa.isPresent() && sa.equals(b.speakerName())) {
            p += w.sameSpeaker();
        }
        if (a.sentence().paragraph() == b.sentence().paragraph()) {
            p += w.sameParagraph();
        }
        return p;
    }

    /** Every content sentence as a scored candidate claim, in document order. */
    List<Candidate> candidates(Document doc, EntityAnalysis entities, QuoteAnalysis quotes) {
        List<Sentence> sentences = doc.sentences();
        List<TermVector> vectors = SentenceVectors.of(doc);
        double[] centrality = TextRank.scores(vectors);
        QuoteMask mask = new QuoteMask(quotes);
        SpeakerResolver resolver = new SpeakerResolver(doc, entities, mask);
        List<Candidate> out = new ArrayList<>();
        int rank = 0;
        int paragraphRank = -1;
        Set<String> voices = new HashSet<>();
        int lastParagraph = -1;
        for (Sentence s : sentences) {
            Interruption.check();
            boolean heading = doc.paragraphs().get(s.paragraph()).heading();
            if (Boilerplate.is(doc, s)) {
                continue;
            }
            String[] lower = ClaimWorthiness.lowerCase(s.tokens());
            Optional<Attribution> attribution = finder.find(doc, s, mask, heading, lower);
            Optional<Speaker> speaker = attribution.flatMap(a -> resolver.resolve(a.source(), s));
            Quote quote = mask.quoteOverlapping(s.start(), s.end());
            double quoted = (double) mask.coveredChars(s.start(), s.end()) / Math.max(1, s.end() - s.start());
            if (quote != null && quote.speaker().isPresent()) {
                // a sentence carrying a direct quote is claimed by the quote's speaker: the quote
                // extractor's attribution is the specialist's (it reads appositives such as "said the
                // university's chancellor, X" that a sentence-level pattern takes for the speaker)
                speaker = Optional.of(resolver.named(quote.speaker().get()));
            }
            speaker.ifPresent(sp -> resolver.remember(sp, s.paragraph()));
            boolean quantity = ClaimWorthiness.hasQuantity(s.tokens(), lower);
            ClaimKind kind = quoted >= 0.5 ? ClaimKind.QUOTED
                    : attribution.isPresent() || (quote != null && speaker.isPresent()) ? ClaimKind.REPORTED
                    : quantity ? ClaimKind.STATISTIC : ClaimKind.ASSERTION;
            Span span = s.span();
            boolean headlineForm = attribution.map(a -> a.form() == Attribution.Form.HEADLINE).orElse(false);
            if ((!w.wholeSentence() || headlineForm) && attribution.isPresent()
                    && words(s.tokens(), attribution.get().clause()) >= 4) {
                span = trim(doc.text(), attribution.get().clause());
            }
            double position;
            boolean paragraphLead = false;
            int inParagraph = s.index() - doc.paragraphs().get(s.paragraph()).firstSentence();
            if (heading) {
                position = w.headline();
            } else {
                if (s.paragraph() != lastParagraph) {
                    paragraphRank++;
                    lastParagraph = s.paragraph();
                    paragraphLead = true;
                }
                position = 1.0 / (1.0 + (w.byParagraph() ? paragraphRank : rank) / w.halfLife());
                rank++;
            }
            // the mix: centrality, lead prior (by paragraph, plus a bonus that shrinks down each
            // paragraph), claim-worthiness, having a claimant (indirect speech a little more: the
            // reporter's distillation), and a first turn for each voice of the article
            double attributionScore = speaker.isPresent() ? 1.0 : attribution.isPresent() ? 0.4 : 0;
            double relevance = w.centrality() * centrality[s.index()] + w.position() * position
                    + w.worthiness() * ClaimWorthiness.score(s.tokens(), lower, quantity) + w.attribution() * attributionScore
                    + (paragraphLead ? w.paragraphLead()
                        : w.leadDecay() && !heading ? w.paragraphLead() / (1 + inParagraph) : 0)
                    + (kind == ClaimKind.REPORTED ? w.reported() : 0)
                    + (speaker.isPresent() && !heading && voices.add(speaker.get().name()) ? w.newSpeaker() : 0);
            long words = wordCount(s.tokens());
            if (words < 8) {
                relevance *= 0.6 + 0.05 * words;
            }
            if (endsWithQuestion(doc.text(), s)) {
                relevance *= 0.5;
            }
            out.add(new Candidate(s, span, speaker, kind, relevance, vectors.get(s.index())));
        }
        return w.quoteUnits() ? quoteUnits(doc, out, mask) : out;
    }

    /** At most this many sentences make one quote unit, so a runaway quote stays a readable claim. */
    static final int MAX_UNIT_SENTENCES = 6;

    /**
     * Joins consecutive sentences of one paragraph that one direct quote runs through into a
     * single candidate: the quoted utterance is one statement by one speaker, and its substance is
     * often in a later sentence ("We thought he would live forever. His legacy will be ...").
     */
    private static List<Candidate> quoteUnits(Document doc, List<Candidate> sentences, QuoteMask mask) {
        List<Candidate> out = new ArrayList<>(sentences.size());
        int i = 0;
        while (i < sentences.size()) {
            int j = i + 1;
            while (j < sentences.size() && j - i < MAX_UNIT_SENTENCES && continuesQuote(doc, sentences.get(j - 1),
                    sentences.get(j), mask)) {
                j++;
            }
            out.add(j == i + 1 ? sentences.get(i) : unit(doc, sentences.subList(i, j), mask));
            i = j;
        }
        return out;
    }

    private static boolean continuesQuote(Document doc, Candidate a, Candidate b, QuoteMask mask) {
        Sentence x = a.sentence();
        Sentence y = b.sentence();
        return y.index() == x.index() + 1 && x.paragraph() == y.paragraph()
                && !doc.paragraphs().get(x.paragraph()).heading() && mask.quoteSpans(x.end(), y.start());
    }

    private static Candidate unit(Document doc, List<Candidate> members, QuoteMask mask) {
        Candidate first = members.get(0);
        Candidate last = members.get(members.size() - 1);
        Optional<Speaker> speaker = Optional.empty();
        double relevance = 0;
        TermVector vector = TermVector.EMPTY;
        for (Candidate c : members) {
            if (speaker.isEmpty()) {
                speaker = c.speaker();
            }
            relevance = Math.max(relevance, c.relevance());
            vector = vector.plus(c.vector());
        }
        Span span = new Span(first.span().start(), last.span().end());
        double quoted = (double) mask.coveredChars(span.start(), span.end()) / Math.max(1, span.end() - span.start());
        ClaimKind kind = quoted >= 0.5 ? ClaimKind.QUOTED : speaker.isPresent() ? ClaimKind.REPORTED : first.kind();
        return new Candidate(first.sentence(), span, speaker, kind, relevance, vector);
    }

    private static boolean endsWithQuestion(String text, Sentence s) {
        for (int i = s.end() - 1; i >= s.start(); i--) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'”’)".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    /** {@link Sentence#wordCount()}, without a stream per sentence. */
    private static long wordCount(List<Token> toks) {
        long n = 0;
        for (int iT = 0; iT < toks.size(); iT++) {
            Token t = toks.get(iT);
            if (t.isWord()) {
                n++;
            }
        }
        return n;
    }

    private static int words(List<Token> toks, Span span) {
        int n = 0;
        for (int iT = 0; iT < toks.size(); iT++) {
            Token t = toks.get(iT);
            if (t.isWord() && t.start() >= span.start() && t.end() <= span.end()) {
                n++;
            }
        }
        return n;
    }

    /** The span without surrounding spaces and trailing commas or colons. */
    static Span trim(String text, Span span) {
        int a = span.start();
        int b = span.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == ',')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",;:\u2014\u2013-".indexOf(text.charAt(b - 1)) >= 0)) {
            b--;
        }
        return new Span(a, b);
    }

    private static String canonical(String name, EntityAnalysis entities) {
        return entities.resolveName(name).map(Entity::name).orElse(name);
    }

    private static boolean sameSpeaker(Candidate c, String wanted, EntityAnalysis entities) {
        Optional<String> name = c.speakerName();
        if (name.isEmpty()) {
            return false;
        }
        String a = name.get().toLowerCase(Locale.ROOT);
        String b = wanted.toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return true;
        }
        Optional<Entity> e = c.speaker.flatMap(Speaker::entity);
        if (e.isPresent() && e.get().aliases().stream().anyMatch(al -> al.equalsIgnoreCase(wanted))) {
            return true;
        }
        // surname against surname; a blank filter has no words and names nobody
        String[] pa = a.strip().split("\\s+");
        String[] pb = b.strip().split("\\s+");
        String surname = pb[pb.length - 1];
        return !surname.isEmpty() && pa[pa.length - 1].equals(surname);
    }

    /** One sentence as a candidate claim. */
    record Candidate(Sentence sentence, Span span, Optional<Speaker> speaker, ClaimKind kind,
            double relevance, TermVector vector) {

        Optional<String> speakerName() {
            return speaker.map(Speaker::name);
        }

        Claim toClaim(Document doc, double score) {
            return new Claim(doc.text(span), speakerName(), kind,
                    sentence.paragraph() + 1, sentence.number(), span.start(), span.end(), score);
        }
    }
}
