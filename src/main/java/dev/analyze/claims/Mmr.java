package dev.analyze.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximal marginal relevance: picks items one by one, each time the one whose relevance minus its
 * similarity to what is already picked is highest, so two sentences saying the same thing (a
 * headline and the lead) do not both make the list. Ties go to the earlier item.
 */
final class Mmr {

    /** Only this many of the most relevant items compete, so selection stays linear in input. */
    static final int POOL = 200;

    private Mmr() {
    }

    /**
     * Indexes of up to {@code k} items, in selection order (best first).
     *
     * @param relevance  per item, higher is better
     * @param vectors    per item, for redundancy
     * @param lambda     weight of relevance against redundancy, in [0, 1]
     * @param redundancy extra penalty function of the pair (e.g. same speaker); may be null
     */
    static List<Integer> select(double[] relevance, List<TermVector> vectors, int k, double lambda,
            PairPenalty redundancy) {
        return select(relevance, vectors, k, lambda, redundancy, 0, null);
    }

    /**
     * As above; with {@code coverage} > 0 the redundancy of an item blends its closest pair
     * similarity with the share of its weight on terms the picked items already contain, so the
     * list favours items that bring words (facts, names) it does not have yet. When
     * {@code scores} is given, it receives each pick's marginal score, in selection order (never
     * increasing: redundancy only grows as the list does).
     */
    static List<Integer> select(double[] relevance, List<TermVector> vectors, int k, double lambda,
            PairPenalty redundancy, double coverage, double[] scores) {
        int n = relevance.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> relevance[a] != relevance[b]
                ? Double.compare(relevance[b], relevance[a]) : Integer.compare(a, b));
        int poolSize = Math.min(n, Math.max(POOL, 4 * k));
        int[] pool = new int[poolSize];
        for (int i = 0; i < poolSize; i++) {
            pool[i] = order[i];
        }
        double[] maxSim = new double[poolSize];
        double[] covered = new double[poolSize];
        java.util.BitSet seen = new java.util.BitSet();
        boolean[] taken = new boolean[poolSize];
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < Math.min(k, poolSize)) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < poolSize; p++) {
                if (taken[p]) {
                    continue;
                }
                double red = (1 - coverage) * maxSim[p] + coverage * covered[p];
                double score = lambda * relevance[pool[p]] - (1 - lambda) * red;
                if (score > bestScore || (score == bestScore && pool[p] < pool[best])) {
                    best = p;
                    bestScore = score;
                }
            }
            taken[best] = true;
            int chosen = pool[best];
            if (scores != null && picked.size() < scores.length) {
                scores[picked.size()] = bestScore;
            }
            picked.add(chosen);
            for (int id : vectors.get(chosen).ids()) {
                seen.set(id);
            }
            for (int p = 0; p < poolSize; p++) {
                if (!taken[p]) {
                    if (coverage > 0) {
                        covered[p] = coveredShare(vectors.get(pool[p]), seen);
                    }
                    double sim = vectors.get(pool[p]).cosine(vectors.get(chosen));
                    if (redundancy != null) {
                        sim = Math.min(1.0, sim + redundancy.penalty(pool[p], chosen));
                    }
                    maxSim[p] = Math.max(maxSim[p], sim);
                }
            }
        }
        return picked;
    }

    /** The share of a unit vector's squared weight on terms in {@code seen}. */
    static double coveredShare(TermVector v, java.util.BitSet seen) {
        double sum = 0;
        for (int i = 0; i < v.ids().length; i++) {
            if (seen.get(v.ids()[i])) {
                sum += (double) v.weights()[i] * v.weights()[i];
            }
        }
        return sum;
    }

    /** An extra redundancy between two items beyond their word overlap. */
    @FunctionalInterface
    interface PairPenalty {
        double penalty(int candidate, int chosen);
    }
}
