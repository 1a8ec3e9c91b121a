package dev.analyze.claims;

/**
 * A sparse, L2-normalised tf-idf vector: term ids in ascending order with their weights.
 * Cosine similarity is a merge of the two id lists, linear in their lengths.
 */
record TermVector(int[] ids, float[] weights) {

    static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    boolean isEmpty() {
        return ids.length == 0;
    }

    /** Cosine similarity in [0, 1]; 0 when either vector is empty. */
    double cosine(TermVector other) {
        int[] a = ids;
        int[] b = other.ids;
        int i = 0;
        int j = 0;
        double dot = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                dot += (double) weights[i++] * other.weights[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot);
    }
}
