package dev.analyze.document;

import java.util.ArrayList;
import java.util.List;

/** Test input: words of n pairs, each "Aa" or "BB" - 2^n words that all share one String.hashCode. */
public final class CollidingWords {

    private CollidingWords() {
    }

    public static List<String> of(int pairs) {
        List<String> out = new ArrayList<>(List.of(""));
        for (int i = 0; i < pairs; i++) {
            List<String> next = new ArrayList<>(out.size() * 2);
            for (String w : out) {
                next.add(w + "Aa");
                next.add(w + "BB");
            }
            out = next;
        }
        return out;
    }
}
