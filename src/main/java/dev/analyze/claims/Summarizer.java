package dev.analyze.claims;

import dev.analyze.document.Document;
import dev.analyze.document.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An extractive summary: the k most representative body sentences, in document order.
 *
 * <p>Relevance mixes TextRank centrality, a lead-position prior (news puts the main point first;
 * lead-3 is the baseline to beat) and overlap with the headline; maximal marginal relevance then
 * keeps two sentences saying the same thing from both being picked. Datelines, bylines and other
 * furniture are never picked; a sentence opening with a pronoun ("He said ...") is passed over while
 * the sentence before it is not in the summary, unless nothing else is left. With k or fewer
 * content sentences, all are returned.
 */
public final class Summarizer {

    public static final int DEFAULT_SENTENCES = 3;

    private static final double W_CENTRALITY = 0.35;
    private static final double W_POSITION = 0.50;
    private static final double W_TITLE = 0.15;
    private static final double HALF_LIFE = 3.0;
    private static final double LAMBDA = 0.7;
    private static final Set<String> PRONOUN_OPENERS = Set.of("he", "she", "they", "it", "his", "her", "their",
            "its", "this", "these", "those", "that", "him", "them", "such", "also", "but", "however");

    /** The best {@code k} sentences (at least 1), in document order. */
    public List<SummarySentence> summarize(Document doc, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("sentences must be at least 1, not " + k);
        }
        return pick(doc, candidates(doc), k);
    }

    /** The best {@code ratio} share of the content sentences (at least one), in document order. */
    public List<SummarySentence> summarize(Document doc, double ratio) {
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("ratio must be in (0, 1], not " + ratio);
        }
        List<Sentence> content = candidates(doc);
        return pick(doc, content, Math.max(1, (int) Math.ceil(ratio * content.size())));
    }

    private static List<Sentence> candidates(Document doc) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!doc.paragraphs().get(s.paragraph()).heading() && !Boilerplate.is(doc, s)) {
                out.add(s);
            }
        }
        return out;
    }

    private List<SummarySentence> pick(Document doc, List<Sentence> content, int k) {
        List<TermVector> all = SentenceVectors.of(doc);
        double[] centrality = TextRank.scores(all);
        TermVector title = TermVector.EMPTY;
        for (Sentence s : doc.sentences()) {
            if (doc.paragraphs().get(s.paragraph()).heading()) {
                title = all.get(s.index());
                break;
            }
        }
        int n = content.size();
        double[] relevance = new double[n];
        List<TermVector> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sentence s = content.get(i);
            TermVector v = all.get(s.index());
            vectors.add(v);
            relevance[i] = W_CENTRALITY * centrality[s.index()] + W_POSITION / (1.0 + i / HALF_LIFE)
                    + W_TITLE * v.cosine(title);
        }
        List<Integer> chosen = new ArrayList<>();
        if (n <= k) {
            for (int i = 0; i < n; i++) {
                chosen.add(i);
            }
        } else {
            List<Integer> order = Mmr.select(relevance, vectors, Math.min(n, 3 * k + 3), LAMBDA, null);
            Set<Integer> picked = new HashSet<>();
            List<Integer> deferred = new ArrayList<>();
            for (int i : order) {
                if (picked.size() == k) {
                    break;
                }
                if (needsAntecedent(doc, content, i) && !picked.contains(i - 1)) {
                    deferred.add(i);
                    continue;
                }
                picked.add(i);
                // a deferred sentence whose antecedent just came in is fine now
                if (deferred.remove(Integer.valueOf(i + 1)) && picked.size() < k) {
                    picked.add(i + 1);
                }
            }
            for (int i : deferred) {
                if (picked.size() < k) {
                    picked.add(i);
                }
            }
            chosen.addAll(picked);
        }
        chosen.sort(Comparator.naturalOrder());
        List<SummarySentence> out = new ArrayList<>();
        for (int i : chosen) {
            Sentence s = content.get(i);
            out.add(new SummarySentence(doc.text(s), s.paragraph() + 1, s.number(), s.start(), s.end(),
                    Math.round(relevance[i] * 1000) / 1000.0));
        }
        return List.copyOf(out);
    }

    /** A sentence opening with a pronoun leans on the content sentence before it. */
    private static boolean needsAntecedent(Document doc, List<Sentence> content, int i) {
        if (i == 0) {
            return false;
        }
        Sentence s = content.get(i);
        return s.tokens().stream().filter(t -> t.isWord()).findFirst()
                .map(t -> PRONOUN_OPENERS.contains(t.text().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }
}
