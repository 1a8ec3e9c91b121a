package dev.analyze.claims;

import dev.analyze.document.Interruption;
import java.util.List;

/**
 * Sentence centrality by TextRank: PageRank over a graph whose edge weights are the cosine
 * similarities of sentence vectors. A sentence that shares words with many others is central.
 *
 * <p>Up to {@link #FULL_GRAPH_LIMIT} sentences the graph is complete (quadratic, fine at that
 * size). Beyond, centrality is the similarity to the document's centroid (the sum of all sentence
 * vectors), the linear shortcut LexRank's authors note tracks graph centrality closely; so a huge
 * input stays linear in its length.
 */
final class TextRank {

    static final int FULL_GRAPH_LIMIT = 1500;
    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 40;
    private static final double EPSILON = 1e-6;

    private TextRank() {
    }

    /** Centrality per vector, scaled so the most central is 1 (all 0 when nothing is similar). */
    static double[] scores(List<TermVector> vectors) {
        int n = vectors.size();
        double[] rank = new double[n];
        if (n == 0) {
            return rank;
        }
        if (n > FULL_GRAPH_LIMIT) {
            return normalise(centroidSimilarity(vectors));
        }
        // adjacency in compressed rows: for each i, neighbours j (ascending) and weights
        int[][] nbr = new int[n][];
        double[][] wt = new double[n][];
        double[] outSum = new double[n];
        similarityGraph(vectors, nbr, wt, outSum);
        java.util.Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            Interruption.check();
            // dangling sentences (no similar neighbour) spread their rank evenly
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outSum[i] == 0) {
                    dangling += rank[i];
                }
            }
            double base = (1 - DAMPING) / n + DAMPING * dangling / n;
            java.util.Arrays.fill(next, base);
            for (int i = 0; i < n; i++) {
                if (outSum[i] == 0) {
                    continue;
                }
                double share = DAMPING * rank[i] / outSum[i];
                int[] nb = nbr[i];
                double[] w = wt[i];
                for (int k = 0; k < nb.length; k++) {
                    next[nb[k]] += share * w[k];
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - rank[i]);
            }
            double[] t = rank;
            rank = next;
            next = t;
            if (delta < EPSILON) {
                break;
            }
        }
        return normalise(rank);
    }

    /**
     * Fills, for each vector i, the vectors j != i with a positive cosine (ascending j), the
     * cosines and their sum. Computed through an inverted index (term -> vectors holding it), so
     * only pairs that share a term cost anything; each dot product still adds its products in
     * ascending term order, as {@link TermVector#cosine} does, so the sums are bit-identical.
     */
    static void similarityGraph(List<TermVector> vectors, int[][] nbr, double[][] wt, double[] outSum) {
        int n = vectors.size();
        int dims = 0;
        for (TermVector v : vectors) {
            int[] ids = v.ids();
            if (ids.length > 0) {
                dims = Math.max(dims, ids[ids.length - 1] + 1);
            }
        }
        // postings: for each term, the vectors holding it (ascending) and its weight there
        int[] count = new int[dims + 1];
        for (TermVector v : vectors) {
            for (int id : v.ids()) {
                count[id + 1]++;
            }
        }
        for (int t = 0; t < dims; t++) {
            count[t + 1] += count[t];
        }
        int[] postVector = new int[count[dims]];
        float[] postWeight = new float[count[dims]];
        int[] fill = java.util.Arrays.copyOf(count, dims);
        for (int j = 0; j < n; j++) {
            TermVector v = vectors.get(j);
            int[] ids = v.ids();
            float[] w = v.weights();
            for (int k = 0; k < ids.length; k++) {
                int at = fill[ids[k]]++;
                postVector[at] = j;
                postWeight[at] = w[k];
            }
        }
        double[] dot = new double[n];
        int[] tmpIdx = new int[n];
        double[] tmpW = new double[n];
        for (int i = 0; i < n; i++) {
            TermVector vi = vectors.get(i);
            int[] ids = vi.ids();
            float[] w = vi.weights();
            for (int k = 0; k < ids.length; k++) {
                double a = w[k];
                for (int p = count[ids[k]], end = count[ids[k] + 1]; p < end; p++) {
                    dot[postVector[p]] += a * postWeight[p];
                }
            }
            int c = 0;
            if (ids.length > 0) {
                for (int j = 0; j < n; j++) {
                    double s = Math.min(1.0, dot[j]);
                    dot[j] = 0;
                    if (j != i && s > 0) {
                        tmpIdx[c] = j;
                        tmpW[c++] = s;
                        outSum[i] += s;
                    }
                }
            }
            nbr[i] = java.util.Arrays.copyOf(tmpIdx, c);
            wt[i] = java.util.Arrays.copyOf(tmpW, c);
        }
    }

    /** Cosine of each vector with the sum of all of them. */
    static double[] centroidSimilarity(List<TermVector> vectors) {
        int dims = 0;
        for (TermVector v : vectors) {
            for (int id : v.ids()) {
                dims = Math.max(dims, id + 1);
            }
        }
        double[] centroid = new double[dims];
        for (TermVector v : vectors) {
            int[] ids = v.ids();
            float[] w = v.weights();
            for (int k = 0; k < ids.length; k++) {
                centroid[ids[k]] += w[k];
            }
        }
        double norm = 0;
        for (double c : centroid) {
            norm += c * c;
        }
        norm = Math.sqrt(norm);
        double[] out = new double[vectors.size()];
        for (int i = 0; i < out.length; i++) {
            TermVector v = vectors.get(i);
            double dot = 0;
            for (int k = 0; k < v.ids().length; k++) {
                dot += v.weights()[k] * centroid[v.ids()[k]];
            }
            out[i] = norm > 0 ? dot / norm : 0;
        }
        return out;
    }

    /** Scaled to [0, 1] (all 0 when all equal). */
    private static double[] normalise(double[] rank) {
        int n = rank.length;
        double max = 0;
        for (double r : rank) {
            max = Math.max(max, r);
        }
        double min = Double.MAX_VALUE;
        for (double r : rank) {
            min = Math.min(min, r);
        }
        double[] out = new double[n];
        if (max - min < 1e-12) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            out[i] = (rank[i] - min) / (max - min);
        }
        return out;
    }
}
