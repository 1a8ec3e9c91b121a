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
        boolean[] taken = new boolean[poolSize];
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < Math.min(k, poolSize)) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < poolSize; p++) {
                if (taken[p]) {
                    continue;
                }
                double score = lambda * relevance[pool[p]] - (1 - lambda) * maxSim[p];
                if (score > bestScore || (score == bestScore && pool[p] < pool[best])) {
                    best = p;
                    bestScore = score;
                }
            }
            taken[best] = true;
            int chosen = pool[best];
            picked.add(chosen);
            for (int p = 0; p < poolSize; p++) {
                if (!taken[p]) {
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

    /** An extra redundancy between two items beyond their word overlap. */
    @FunctionalInterface
    interface PairPenalty {
        double penalty(int candidate, int chosen);
    }
}
