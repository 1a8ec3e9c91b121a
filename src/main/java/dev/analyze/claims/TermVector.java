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

    /** The normalised sum of this and {@code other}: the vector of the two texts as one. */
    TermVector plus(TermVector other) {
        int[] a = ids;
        int[] b = other.ids;
        int[] outIds = new int[a.length + b.length];
        float[] outW = new float[outIds.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                outIds[n] = a[i];
                outW[n++] = weights[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                outIds[n] = b[j];
                outW[n++] = other.weights[j++];
            } else {
                outIds[n] = a[i];
                outW[n++] = weights[i++] + other.weights[j++];
            }
        }
        double norm = 0;
        for (int k = 0; k < n; k++) {
            norm += (double) outW[k] * outW[k];
        }
        if (norm == 0) {
            return EMPTY;
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        for (int k = 0; k < n; k++) {
            outW[k] *= inv;
        }
        return new TermVector(java.util.Arrays.copyOf(outIds, n), java.util.Arrays.copyOf(outW, n));
    }
}
