package dev.analyze.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MmrTest {

    private static final float H = (float) Math.sqrt(0.5);

    /** A unit vector with equal weight on two terms. */
    private static TermVector two(int a, int b) {
        return new TermVector(new int[] {a, b}, new float[] {H, H});
    }

    // 0 = {a,b}, 1 = {c,d}, 2 = {a,c}: each half like one pick, but nothing the two picks lack;
    // 3 = {e,f}: less relevant, all new
    private final List<TermVector> vectors = List.of(two(0, 1), two(2, 3), two(0, 2), two(4, 5));
    private final double[] relevance = {1.0, 0.95, 0.99, 0.7};

    @Test
    void pairwiseRedundancyAloneTakesTheItemTheListAlreadySays() {
        assertEquals(List.of(0, 1, 2), Mmr.select(relevance, vectors, 3, 0.7, null, 0, null));
    }

    @Test
    void coverageRedundancyPrefersTheItemThatBringsNewWords() {
        assertEquals(List.of(0, 1, 3), Mmr.select(relevance, vectors, 3, 0.7, null, 1.0, null));
    }

    @Test
    void selectionScoresNeverIncrease() {
        double[] scores = new double[4];
        List<Integer> order = Mmr.select(relevance, vectors, 4, 0.7, null, 0.3, scores);
        assertEquals(4, order.size());
        for (int i = 1; i < scores.length; i++) {
            assertTrue(scores[i] <= scores[i - 1], "score rose at " + i);
        }
        assertEquals(0.7, scores[0], 1e-9);
    }
}
